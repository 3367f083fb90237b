package dev.partnerprogram.processes;

import java.util.Date;

/**
 * The names in {@code bpmn/project-handover.bpmn}: a manager offers an implementation or support project; the offer goes
 * to the proposed partners one at a time, each with its answer deadline; a decline or no answer moves it to the next,
 * the first acceptance takes it, and an offer nobody took ends unassigned. The business key is the handover id.
 */
public final class ProjectHandoverProcess {
    public static final String KEY = "project-handover";
    public static final String RESOURCE = "bpmn/project-handover.bpmn";

    public static final ProcessVariable<Long> HANDOVER_ID = ProcessVariable.longVariable("handoverId");
    /** Whether a partner was left to offer the project to. */
    public static final ProcessVariable<Boolean> OFFERED = ProcessVariable.booleanVariable("offered").routingOnly();
    /** The partner holding the offer now; its users answer it. */
    public static final ProcessVariable<Long> OFFERED_TO = ProcessVariable.longVariable("offeredTo");
    public static final ProcessVariable<Date> ANSWER_DUE_AT = ProcessVariable.dateVariable("answerDueAt");
    /** The partner's answer, an {@link Answer} name. */
    public static final ProcessVariable<String> ANSWER = ProcessVariable.stringVariable("answer").routingOnly();

    public static final String START = "start_handover_offered";
    public static final String GATEWAY_NEXT_JOIN = "gateway_next_join";
    public static final String SERVICE_OFFER_NEXT = "service_offer_next";
    public static final String GATEWAY_OFFERED = "gateway_offered";
    public static final String USER_ANSWER_OFFER = "user_answer_offer";
    /** Interrupting: the partner did not answer in time, the offer moves on. */
    public static final String TIMER_ANSWER_DUE = "timer_answer_due";
    public static final String SERVICE_LAPSE_OFFER = "service_lapse_offer";
    /**
     * Interrupting: the partner holding the offer may no longer take it (its agreement was suspended or terminated, and
     * the domain has withdrawn its turn with the reason); the offer moves on. Correlated by the process instance.
     */
    public static final String MESSAGE_OFFER_WITHDRAWN = "HandoverOfferWithdrawn";
    public static final String BOUNDARY_OFFER_WITHDRAWN = "catch_offer_withdrawn";
    public static final String GATEWAY_ANSWER = "gateway_answer";
    public static final String END_HANDOVER_ACCEPTED = "end_handover_accepted";
    public static final String SERVICE_CLOSE_UNASSIGNED = "service_close_unassigned";
    public static final String END_HANDOVER_UNASSIGNED = "end_handover_unassigned";

    /** What the partner holding the offer answers. */
    public enum Answer { ACCEPT, DECLINE }

    private ProjectHandoverProcess() {}
}
