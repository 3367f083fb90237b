package dev.partnerprogram.processes;

import java.util.Date;

/**
 * The names in {@code bpmn/marketing-compensation.bpmn} and its routing table {@code dmn/marketing-approval-routing.dmn}:
 * pre-approval (with a manager's second approval when the table asks for it), the claim window with its reminder
 * and deadline, line-by-line verification, and payment by finance.
 */
public final class MarketingCompensationProcess {
    public static final String KEY = "marketing-compensation";
    public static final String RESOURCE = "bpmn/marketing-compensation.bpmn";
    public static final String ROUTING_DECISION_KEY = "marketing-approval-routing";
    public static final String ROUTING_DECISION_RESOURCE = "dmn/marketing-approval-routing.dmn";

    /** The partner has submitted its claim (actual expenses with proof). */
    public static final String MESSAGE_CLAIM_SUBMITTED = "CompensationClaimSubmitted";
    /** The partner cancels before the activity starts; ends the process wherever it is. */
    public static final String MESSAGE_COMPENSATION_CANCELLED = "CompensationCancelled";

    public static final ProcessVariable<Long> COMPENSATION_ID = ProcessVariable.longVariable("compensationId");
    public static final ProcessVariable<Long> PARTNER_ID = ProcessVariable.longVariable("partnerId");
    /** For the routing table only; the money itself stays a BigDecimal in the domain. */
    public static final ProcessVariable<Double> REQUESTED_AMOUNT = ProcessVariable.doubleVariable("requestedAmount");
    public static final ProcessVariable<String> ACTIVITY_KIND = ProcessVariable.stringVariable("activityKind");
    public static final ProcessVariable<String> DECISION = ProcessVariable.stringVariable("decision");
    public static final ProcessVariable<Boolean> MANAGER_APPROVAL_REQUIRED = ProcessVariable.booleanVariable("managerApprovalRequired");
    public static final ProcessVariable<Date> CLAIM_DUE_AT = ProcessVariable.dateVariable("claimDueAt");
    public static final ProcessVariable<Date> CLAIM_REMINDER_AT = ProcessVariable.dateVariable("claimReminderAt");
    public static final ProcessVariable<Boolean> COMPENSATION_PAYABLE = ProcessVariable.booleanVariable("compensationPayable");
    public static final ProcessVariable<String> CANCELLED_BY = ProcessVariable.stringVariable("cancelledBy");

    public static final String START = "start_compensation_submitted";
    public static final String GATEWAY_OPEN_COMPENSATION_REVIEW_JOIN = "gateway_open_compensation_review_join";
    public static final String SERVICE_OPEN_COMPENSATION_REVIEW = "service_open_compensation_review";
    public static final String USER_REVIEW_COMPENSATION = "user_review_compensation";
    public static final String GATEWAY_REVIEW_DECISION = "gateway_review_decision";
    public static final String GATEWAY_REJECT_COMPENSATION_JOIN = "gateway_reject_compensation_join";
    public static final String SERVICE_REJECT_COMPENSATION = "service_reject_compensation";
    public static final String END_COMPENSATION_REJECTED = "end_compensation_rejected";
    public static final String GATEWAY_REQUEST_COMPENSATION_REWORK_JOIN = "gateway_request_compensation_rework_join";
    public static final String SERVICE_REQUEST_COMPENSATION_REWORK = "service_request_compensation_rework";
    public static final String USER_REVISE_COMPENSATION = "user_revise_compensation";
    public static final String RULE_ROUTE_APPROVAL = "rule_route_approval";
    public static final String GATEWAY_MANAGER_APPROVAL_NEEDED = "gateway_manager_approval_needed";
    public static final String SERVICE_AWAIT_SECOND_APPROVAL = "service_await_second_approval";
    public static final String USER_SECOND_APPROVAL = "user_second_approval";
    public static final String GATEWAY_SECOND_DECISION = "gateway_second_decision";
    public static final String GATEWAY_RESERVE_BUDGET_JOIN = "gateway_reserve_budget_join";
    public static final String SERVICE_RESERVE_BUDGET = "service_reserve_budget";
    public static final String GATEWAY_CLAIM_WINDOW_JOIN = "gateway_claim_window_join";
    public static final String SUBPROCESS_CLAIM_WINDOW = "subprocess_claim_window";
    public static final String START_CLAIM_WINDOW = "start_claim_window";
    public static final String CATCH_CLAIM_SUBMITTED = "catch_claim_submitted";
    public static final String END_CLAIM_WINDOW = "end_claim_window";
    public static final String TIMER_CLAIM_REMINDER = "timer_claim_reminder";
    public static final String SERVICE_REMIND_CLAIM = "service_remind_claim";
    public static final String END_CLAIM_REMINDED = "end_claim_reminded";
    public static final String TIMER_CLAIM_DEADLINE = "timer_claim_deadline";
    public static final String SERVICE_LAPSE_COMPENSATION = "service_lapse_compensation";
    public static final String END_COMPENSATION_LAPSED = "end_compensation_lapsed";
    public static final String USER_VERIFY_CLAIM = "user_verify_claim";
    public static final String GATEWAY_VERIFICATION_DECISION = "gateway_verification_decision";
    public static final String SERVICE_RETURN_CLAIM = "service_return_claim";
    public static final String GATEWAY_PAYABLE = "gateway_payable";
    public static final String SERVICE_REQUEST_PAYMENT = "service_request_payment";
    public static final String USER_RECORD_PAYMENT = "user_record_payment";
    public static final String END_COMPENSATION_PAID = "end_compensation_paid";
    public static final String SERVICE_CLOSE_UNPAID = "service_close_unpaid";
    public static final String END_COMPENSATION_CLOSED_UNPAID = "end_compensation_closed_unpaid";
    public static final String SUBPROCESS_CANCELLATION = "subprocess_cancellation";
    public static final String START_CANCELLATION_REQUESTED = "start_cancellation_requested";
    public static final String SERVICE_CANCEL_COMPENSATION = "service_cancel_compensation";
    public static final String END_COMPENSATION_CANCELLED = "end_compensation_cancelled";

    /** Values the decision gateways test: reviews take all three; the claim verification APPROVE and REWORK (return). */
    public enum Decision { APPROVE, REJECT, REWORK }

    private MarketingCompensationProcess() {}
}
