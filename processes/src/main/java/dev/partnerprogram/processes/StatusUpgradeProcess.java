package dev.partnerprogram.processes;

import java.util.Date;

/**
 * The names in {@code bpmn/status-upgrade.bpmn}: a partner asks for the next tier; the eligibility rules judge first,
 * then {@code partner-managers} review (approve, reject or rework) and, for General, a committee of managers votes in
 * parallel tasks. The business key is the application id.
 */
public final class StatusUpgradeProcess {
    public static final String KEY = "status-upgrade";
    public static final String RESOURCE = "bpmn/status-upgrade.bpmn";

    /** The same message as the join application's, so one withdrawal works for every kind of application. */
    public static final String MESSAGE_APPLICATION_WITHDRAWN = PartnerApplicationProcess.MESSAGE_APPLICATION_WITHDRAWN;

    public static final ProcessVariable<Long> APPLICATION_ID = PartnerApplicationProcess.APPLICATION_ID;
    public static final ProcessVariable<Long> PARTNER_ID = PartnerApplicationProcess.PARTNER_ID;
    /** CERTIFIED or GENERAL; a General upgrade goes to the committee. */
    public static final ProcessVariable<String> REQUESTED_STATUS = ProcessVariable.stringVariable("requestedStatus");
    public static final ProcessVariable<Boolean> ELIGIBLE = ProcessVariable.booleanVariable("eligible").routingOnly();
    public static final ProcessVariable<String> DECISION = PartnerApplicationProcess.DECISION;
    public static final ProcessVariable<Date> REVIEW_DUE_AT = PartnerApplicationProcess.REVIEW_DUE_AT;
    public static final ProcessVariable<Date> REWORK_DUE_AT = ProcessVariable.dateVariable("reworkDueAt");
    public static final ProcessVariable<Long> COMMITTEE_SIZE = ProcessVariable.longVariable("committeeSize");
    /** Set with each vote: a majority either way ends the voting early, the other members' tasks are withdrawn. */
    public static final ProcessVariable<Boolean> COMMITTEE_DECIDED = ProcessVariable.booleanVariable("committeeDecided");
    public static final ProcessVariable<Boolean> COMMITTEE_APPROVED = ProcessVariable.booleanVariable("committeeApproved");
    /** Set by the withdraw message, so the audit trail names the partner user who withdrew. */
    public static final ProcessVariable<String> WITHDRAWN_BY = ProcessVariable.stringVariable("withdrawnBy");

    public static final String REQUESTED_GENERAL = "GENERAL";

    public static final String START = "start_upgrade_requested";
    public static final String GATEWAY_CHECK_ELIGIBILITY_JOIN = "gateway_check_eligibility_join";
    public static final String SERVICE_CHECK_ELIGIBILITY = "service_check_eligibility";
    public static final String GATEWAY_ELIGIBLE = "gateway_eligible";
    public static final String SERVICE_REJECT_NOT_ELIGIBLE = "service_reject_not_eligible";
    public static final String END_NOT_ELIGIBLE = "end_not_eligible";
    public static final String SERVICE_OPEN_UPGRADE_REVIEW = "service_open_upgrade_review";
    public static final String USER_REVIEW_UPGRADE = "user_review_upgrade";
    public static final String TIMER_UPGRADE_REVIEW_OVERDUE = "timer_upgrade_review_overdue";
    public static final String SERVICE_ESCALATE_UPGRADE_REVIEW = "service_escalate_upgrade_review";
    public static final String END_UPGRADE_REVIEW_ESCALATED = "end_upgrade_review_escalated";
    public static final String GATEWAY_UPGRADE_REVIEW = "gateway_upgrade_review";
    public static final String SERVICE_REJECT_UPGRADE = "service_reject_upgrade";
    public static final String END_UPGRADE_REJECTED = "end_upgrade_rejected";
    public static final String SERVICE_REQUEST_UPGRADE_REWORK = "service_request_upgrade_rework";
    public static final String USER_REVISE_UPGRADE = "user_revise_upgrade";
    public static final String TIMER_UPGRADE_REWORK_TIMEOUT = "timer_upgrade_rework_timeout";
    public static final String SERVICE_WITHDRAW_UPGRADE_AFTER_TIMEOUT = "service_withdraw_upgrade_after_timeout";
    public static final String END_UPGRADE_WITHDRAWN_TIMEOUT = "end_upgrade_withdrawn_timeout";
    public static final String GATEWAY_COMMITTEE_NEEDED = "gateway_committee_needed";
    public static final String SERVICE_OPEN_COMMITTEE = "service_open_committee";
    public static final String USER_COMMITTEE_VOTE = "user_committee_vote";
    public static final String GATEWAY_COMMITTEE_DECISION = "gateway_committee_decision";
    public static final String SERVICE_COMMITTEE_REJECTS = "service_committee_rejects";
    public static final String END_UPGRADE_REJECTED_BY_COMMITTEE = "end_upgrade_rejected_by_committee";
    public static final String GATEWAY_GRANT_UPGRADE_JOIN = "gateway_grant_upgrade_join";
    public static final String SERVICE_GRANT_UPGRADE = "service_grant_upgrade";
    public static final String END_UPGRADE_GRANTED = "end_upgrade_granted";
    public static final String SUBPROCESS_WITHDRAWAL = "subprocess_withdrawal";
    public static final String START_WITHDRAWAL_REQUESTED = "start_withdrawal_requested";
    public static final String SERVICE_WITHDRAW_ON_REQUEST = "service_withdraw_on_request";
    public static final String END_WITHDRAWN_ON_REQUEST = "end_withdrawn_on_request";

    /** What the review decides. */
    public enum Decision { APPROVE, REJECT, REWORK }

    private StatusUpgradeProcess() {}
}
