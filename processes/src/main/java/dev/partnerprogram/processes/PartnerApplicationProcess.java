package dev.partnerprogram.processes;

import java.util.Date;

/** The names in {@code bpmn/partner-application.bpmn}: the model's key, its element ids, messages and variables. */
public final class PartnerApplicationProcess {
    public static final String KEY = "partner-application";
    public static final String RESOURCE = "bpmn/partner-application.bpmn";

    /**
     * The {@code training-enrollment} process sends it when an employee of the partner passes the basic course;
     * it is correlated by {@link #PARTNER_ID}.
     */
    public static final String MESSAGE_BASIC_TRAINING_PASSED = "BasicTrainingPassed";
    public static final String MESSAGE_APPLICATION_WITHDRAWN = "ApplicationWithdrawn";

    public static final ProcessVariable<Long> APPLICATION_ID = ProcessVariable.longVariable("applicationId");
    public static final ProcessVariable<Long> PARTNER_ID = ProcessVariable.longVariable("partnerId");
    /**
     * Routes the review and the agreement check (and the designation's and upgrade's reviews, which share the name);
     * the decision itself is kept on the application.
     */
    public static final ProcessVariable<String> DECISION = ProcessVariable.stringVariable("decision").routingOnly();
    public static final ProcessVariable<Date> REVIEW_DUE_AT = ProcessVariable.dateVariable("reviewDueAt");
    public static final ProcessVariable<Boolean> BASIC_TRAINING_PASSED = ProcessVariable.booleanVariable("basicTrainingPassed")
            .routingOnly();

    public static final String START = "start_application_submitted";
    public static final String GATEWAY_OPEN_REVIEW_JOIN = "gateway_open_review_join";
    public static final String SERVICE_OPEN_REVIEW = "service_open_review";
    public static final String USER_REVIEW_APPLICATION = "user_review_application";
    public static final String TIMER_REVIEW_OVERDUE = "timer_review_overdue";
    public static final String SERVICE_ESCALATE_REVIEW = "service_escalate_review";
    public static final String END_REVIEW_ESCALATED = "end_review_escalated";
    public static final String GATEWAY_REVIEW_DECISION = "gateway_review_decision";
    public static final String SERVICE_REJECT_APPLICATION = "service_reject_application";
    public static final String END_APPLICATION_REJECTED = "end_application_rejected";
    public static final String SERVICE_REQUEST_REWORK = "service_request_rework";
    public static final String USER_REVISE_APPLICATION = "user_revise_application";
    public static final String TIMER_REWORK_TIMEOUT = "timer_rework_timeout";
    public static final String SERVICE_WITHDRAW_AFTER_TIMEOUT = "service_withdraw_after_timeout";
    public static final String END_APPLICATION_WITHDRAWN_TIMEOUT = "end_application_withdrawn_timeout";
    public static final String SERVICE_APPROVE_APPLICATION = "service_approve_application";
    public static final String GATEWAY_UPLOAD_AGREEMENT_JOIN = "gateway_upload_agreement_join";
    public static final String USER_UPLOAD_AGREEMENT = "user_upload_agreement";
    public static final String USER_CONFIRM_AGREEMENT = "user_confirm_agreement";
    public static final String GATEWAY_AGREEMENT_DECISION = "gateway_agreement_decision";
    public static final String SERVICE_RETURN_AGREEMENT = "service_return_agreement";
    public static final String SERVICE_CHECK_BASIC_TRAINING = "service_check_basic_training";
    public static final String GATEWAY_BASIC_TRAINING_PASSED = "gateway_basic_training_passed";
    public static final String SERVICE_REQUEST_BASIC_TRAINING = "service_request_basic_training";
    public static final String CATCH_BASIC_TRAINING_PASSED = "catch_basic_training_passed";
    public static final String GATEWAY_GRANT_STATUS_JOIN = "gateway_grant_status_join";
    public static final String SERVICE_GRANT_STATUS = "service_grant_status";
    public static final String END_STATUS_GRANTED = "end_status_granted";
    /** The interrupting event subprocess that a partner's {@link #MESSAGE_APPLICATION_WITHDRAWN} starts. */
    public static final String SUBPROCESS_WITHDRAWAL = "subprocess_withdrawal";
    public static final String START_WITHDRAWAL_REQUESTED = "start_withdrawal_requested";
    public static final String SERVICE_WITHDRAW_ON_REQUEST = "service_withdraw_on_request";
    public static final String END_WITHDRAWN_ON_REQUEST = "end_withdrawn_on_request";

    /** Decision values the gateways test; the review takes all three, the agreement check APPROVE and REWORK. */
    public enum Decision { APPROVE, REJECT, REWORK }

    private PartnerApplicationProcess() {}
}
