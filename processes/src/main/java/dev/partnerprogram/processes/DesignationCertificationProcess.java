package dev.partnerprogram.processes;

import java.util.Date;

/**
 * The names in {@code bpmn/designation-certification.bpmn}: an application for Certified Training Center or Certified
 * Developer Partner, from the rules' check through the technical review and the manager's decision to the
 * designation's validity. The business key is the application id.
 */
public final class DesignationCertificationProcess {
    public static final String KEY = "designation-certification";
    public static final String RESOURCE = "bpmn/designation-certification.bpmn";

    /** A later application renewed the designation: this one's validity period ends without expiring it. */
    public static final String MESSAGE_DESIGNATION_RENEWED = "DesignationRenewed";
    /** The same message as the join application's, so one withdrawal works for both. */
    public static final String MESSAGE_APPLICATION_WITHDRAWN = PartnerApplicationProcess.MESSAGE_APPLICATION_WITHDRAWN;

    public static final ProcessVariable<Long> APPLICATION_ID = PartnerApplicationProcess.APPLICATION_ID;
    public static final ProcessVariable<Long> PARTNER_ID = PartnerApplicationProcess.PARTNER_ID;
    public static final ProcessVariable<Boolean> REQUIREMENTS_MET = ProcessVariable.booleanVariable("requirementsMet")
            .routingOnly();
    /** Who reviews the evidence: {@code training} for a training center, {@code partner-managers} for a developer partner. */
    public static final ProcessVariable<String> REVIEW_GROUP = ProcessVariable.stringVariable("reviewGroup");
    public static final ProcessVariable<String> DECISION = PartnerApplicationProcess.DECISION;
    public static final ProcessVariable<Long> DESIGNATION_ID = ProcessVariable.longVariable("designationId");
    public static final ProcessVariable<Date> RENEWAL_REMINDER_AT = ProcessVariable.dateVariable("renewalReminderAt");
    public static final ProcessVariable<Date> DESIGNATION_EXPIRES_AT = ProcessVariable.dateVariable("designationExpiresAt");

    /** The candidate group of the manager's decision. */
    public static final String MANAGERS_GROUP = "managers";

    public static final String START = "start_designation_requested";
    public static final String SERVICE_CHECK_DESIGNATION_REQUIREMENTS = "service_check_designation_requirements";
    public static final String GATEWAY_REQUIREMENTS_MET = "gateway_requirements_met";
    public static final String USER_TECHNICAL_REVIEW = "user_technical_review";
    public static final String GATEWAY_TECHNICAL_REVIEW = "gateway_technical_review";
    public static final String USER_MANAGER_DECISION = "user_manager_decision";
    public static final String GATEWAY_MANAGER_DECISION = "gateway_manager_decision";
    public static final String GATEWAY_REFUSE_DESIGNATION_JOIN = "gateway_refuse_designation_join";
    public static final String SERVICE_REFUSE_DESIGNATION = "service_refuse_designation";
    public static final String END_DESIGNATION_REFUSED = "end_designation_refused";
    public static final String SERVICE_GRANT_DESIGNATION = "service_grant_designation";
    public static final String SUBPROCESS_DESIGNATION_VALIDITY = "subprocess_designation_validity";
    public static final String START_VALIDITY = "start_validity";
    public static final String TIMER_RENEWAL_REMINDER = "timer_renewal_reminder";
    public static final String SERVICE_REMIND_DESIGNATION_RENEWAL = "service_remind_designation_renewal";
    public static final String TIMER_DESIGNATION_EXPIRED = "timer_designation_expired";
    public static final String SERVICE_EXPIRE_DESIGNATION = "service_expire_designation";
    public static final String END_VALIDITY_OVER = "end_validity_over";
    public static final String CATCH_DESIGNATION_RENEWED = "catch_designation_renewed";
    public static final String END_DESIGNATION_RENEWED = "end_designation_renewed";
    public static final String END_DESIGNATION_EXPIRED = "end_designation_expired";
    public static final String SUBPROCESS_WITHDRAWAL = "subprocess_withdrawal";
    public static final String START_WITHDRAWAL_REQUESTED = "start_withdrawal_requested";
    public static final String SERVICE_WITHDRAW_ON_REQUEST = "service_withdraw_on_request";
    public static final String END_WITHDRAWN_ON_REQUEST = "end_withdrawn_on_request";

    /** What the review and the manager decide. */
    public enum Decision { APPROVE, REJECT }

    private DesignationCertificationProcess() {}
}
