package dev.partnerprogram.processes;

import java.util.Date;

/**
 * The names in {@code bpmn/partner-agreement.bpmn}: one instance per partner from its agreement's signing on, term after
 * term. Before a term ends the partner is reminded (twice) and uploads the signed renewal, which a reviewer confirms or
 * returns; a confirmed renewal starts the next term. A term that ends unrenewed suspends the partner, whose renewal may
 * still come within the grace period; after it the agreement is terminated and the process ends. The business key is
 * the partner id. The vendor's termination ({@code agreement-termination}) ends it by {@link #MESSAGE_AGREEMENT_TERMINATED}.
 */
public final class PartnerAgreementProcess {
    public static final String KEY = "partner-agreement";
    public static final String RESOURCE = "bpmn/partner-agreement.bpmn";

    public static final ProcessVariable<Long> PARTNER_ID = PartnerApplicationProcess.PARTNER_ID;
    /** When the renewal opens with the first reminder. */
    public static final ProcessVariable<Date> RENEWAL_OPENS_AT = ProcessVariable.dateVariable("renewalOpensAt");
    public static final ProcessVariable<Date> SECOND_REMINDER_AT = ProcessVariable.dateVariable("secondReminderAt");
    /** The first moment after the term's last day. */
    public static final ProcessVariable<Date> TERM_ENDS_AT = ProcessVariable.dateVariable("termEndsAt");
    /** The end of the period after the term in which a renewal still reinstates the partner. */
    public static final ProcessVariable<Date> GRACE_ENDS_AT = ProcessVariable.dateVariable("graceEndsAt");
    /** The reviewer's decision on the uploaded renewal, a {@link RenewalDecision} name. */
    public static final ProcessVariable<String> RENEWAL_DECISION = ProcessVariable.stringVariable("renewalDecision")
            .routingOnly();

    public static final String START = "start_agreement_concluded";
    public static final String GATEWAY_TERM_JOIN = "gateway_term_join";
    public static final String SERVICE_SCHEDULE_TERM = "service_schedule_term";
    public static final String TIMER_RENEWAL_OPENS = "timer_renewal_opens";
    public static final String SERVICE_REMIND_FIRST = "service_remind_first";
    public static final String SUBPROCESS_RENEWAL = "subprocess_renewal";
    public static final String START_RENEWAL = "start_renewal";
    public static final String GATEWAY_UPLOAD_JOIN = "gateway_upload_join";
    public static final String USER_UPLOAD_RENEWAL = "user_upload_renewal";
    public static final String USER_CONFIRM_RENEWAL = "user_confirm_renewal";
    public static final String GATEWAY_RENEWAL_DECISION = "gateway_renewal_decision";
    public static final String SERVICE_CONFIRM_RENEWAL = "service_confirm_renewal";
    public static final String END_RENEWED = "end_renewed";
    public static final String SERVICE_RETURN_RENEWAL = "service_return_renewal";
    /** Non-interrupting: the renewal stays open. */
    public static final String TIMER_SECOND_REMINDER = "timer_second_reminder";
    public static final String SERVICE_REMIND_SECOND = "service_remind_second";
    public static final String END_SECOND_REMINDER_SENT = "end_second_reminder_sent";
    /** Non-interrupting: the partner is suspended and may still renew within the grace period. */
    public static final String TIMER_TERM_ENDED = "timer_term_ended";
    public static final String SERVICE_SUSPEND_PARTNER = "service_suspend_partner";
    public static final String END_PARTNER_SUSPENDED = "end_partner_suspended";
    /** Interrupting: the renewal closes and the agreement is terminated. */
    public static final String TIMER_GRACE_ENDED = "timer_grace_ended";
    public static final String SERVICE_LAPSE_AGREEMENT = "service_lapse_agreement";
    public static final String END_AGREEMENT_LAPSED = "end_agreement_lapsed";

    /** Sent when the vendor's approved termination has taken effect: whatever the agreement waited for is cancelled. */
    public static final String MESSAGE_AGREEMENT_TERMINATED = "AgreementTerminated";
    /** The interrupting event subprocess that {@link #MESSAGE_AGREEMENT_TERMINATED} starts. */
    public static final String SUBPROCESS_TERMINATED = "subprocess_terminated";
    public static final String START_TERMINATED = "start_terminated";
    public static final String END_TERMINATED = "end_terminated";

    /** What a reviewer decides about an uploaded renewal. */
    public enum RenewalDecision { APPROVE, REWORK }

    private PartnerAgreementProcess() {}
}
