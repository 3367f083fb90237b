package dev.partnerprogram.processes;

import java.util.Date;

/**
 * The names in {@code bpmn/agreement-termination.bpmn}: the vendor's termination of a partner agreement under four eyes.
 * A manager has asked with a reason and an effective date; a second, different manager approves or rejects it; an
 * approved termination waits for its date and then terminates the agreement (and with it the agreement's own process and
 * the partner year). The business key is the partner id.
 */
public final class AgreementTerminationProcess {
    public static final String KEY = "agreement-termination";
    public static final String RESOURCE = "bpmn/agreement-termination.bpmn";

    public static final ProcessVariable<Long> PARTNER_ID = PartnerApplicationProcess.PARTNER_ID;
    /** The start of the effective date in the program's time zone. */
    public static final ProcessVariable<Date> EFFECTIVE_AT = ProcessVariable.dateVariable("effectiveAt");
    /** The second manager's decision, a {@link TerminationDecision} name. */
    public static final ProcessVariable<String> TERMINATION_DECISION = ProcessVariable.stringVariable("terminationDecision")
            .routingOnly();

    public static final String START = "start_termination_requested";
    public static final String USER_APPROVE_TERMINATION = "user_approve_termination";
    public static final String GATEWAY_TERMINATION_DECISION = "gateway_termination_decision";
    public static final String TIMER_EFFECTIVE_DATE = "timer_effective_date";
    public static final String SERVICE_TERMINATE_AGREEMENT = "service_terminate_agreement";
    public static final String END_AGREEMENT_TERMINATED = "end_agreement_terminated";
    public static final String END_TERMINATION_REJECTED = "end_termination_rejected";

    /** What the second manager decides. */
    public enum TerminationDecision { APPROVE, REJECT }

    private AgreementTerminationProcess() {}
}
