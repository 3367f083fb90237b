package dev.partnerprogram.processes;

import java.util.Date;

/**
 * The names in {@code bpmn/deal-registration.bpmn}: a partner registers a prospective deal; other registrations of the
 * same customer make it a conflict, which a manager decides with both deals in view, otherwise a manager reviews it;
 * an approved deal is protected until its date, once extended on the partner's request, and ends won, lost or expired.
 * The business key is the deal id.
 */
public final class DealRegistrationProcess {
    public static final String KEY = "deal-registration";
    public static final String RESOURCE = "bpmn/deal-registration.bpmn";

    public static final ProcessVariable<Long> DEAL_ID = ProcessVariable.longVariable("dealId");
    public static final ProcessVariable<Long> PARTNER_ID = ProcessVariable.longVariable("partnerId");
    /** Whether another partner's open registration names the same customer. */
    public static final ProcessVariable<Boolean> CONFLICT = ProcessVariable.booleanVariable("conflict").routingOnly();
    /** The manager's decision, a {@link ReviewDecision} name. */
    public static final ProcessVariable<String> REVIEW_DECISION = ProcessVariable.stringVariable("reviewDecision")
            .routingOnly();
    /** The first moment after the protection's last day: the deal expires then unless it is closed or extended. */
    public static final ProcessVariable<Date> PROTECTION_ENDS_AT = ProcessVariable.dateVariable("protectionEndsAt");
    /** The partner's answer on a protected deal, an {@link Outcome} name. */
    public static final ProcessVariable<String> OUTCOME = ProcessVariable.stringVariable("outcome").routingOnly();

    public static final String START = "start_deal_registered";
    public static final String SERVICE_DETECT_CONFLICTS = "service_detect_conflicts";
    public static final String GATEWAY_CONFLICT = "gateway_conflict";
    public static final String USER_REVIEW_DEAL = "user_review_deal";
    public static final String USER_RESOLVE_CONFLICT = "user_resolve_conflict";
    public static final String GATEWAY_REVIEW_JOIN = "gateway_review_join";
    public static final String GATEWAY_REVIEW_DECISION = "gateway_review_decision";
    public static final String END_DEAL_REJECTED = "end_deal_rejected";
    public static final String GATEWAY_PROTECTION_JOIN = "gateway_protection_join";
    public static final String USER_CLOSE_DEAL = "user_close_deal";
    /** Interrupting: the protection ran out before the partner closed the deal. */
    public static final String TIMER_PROTECTION_ENDED = "timer_protection_ended";
    public static final String SERVICE_EXPIRE_DEAL = "service_expire_deal";
    public static final String END_DEAL_EXPIRED = "end_deal_expired";
    public static final String GATEWAY_OUTCOME = "gateway_outcome";
    public static final String END_DEAL_WON = "end_deal_won";
    public static final String END_DEAL_LOST = "end_deal_lost";

    /** What a manager decides about a registration. */
    public enum ReviewDecision { APPROVE, REJECT }

    /** What the partner answers on a protected deal; an extension comes back to the same task with the new date. */
    public enum Outcome { WON, LOST, EXTEND }

    private DealRegistrationProcess() {}
}
