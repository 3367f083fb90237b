package dev.partnerprogram.processes;

import java.util.Date;

/**
 * The names in {@code bpmn/partner-year.bpmn}: one instance per partner from its first status on, year after year. Within
 * a year the additional discount is set at each quarter's start and the tier is reviewed before the year ends; a
 * partner that no longer meets it waits for a manager's decision. The year's end closes it and opens the next one,
 * until the partner leaves the program ({@link #MESSAGE_PARTNER_LEFT_PROGRAM}). The business key is the partner id.
 */
public final class PartnerYearProcess {
    public static final String KEY = "partner-year";
    public static final String RESOURCE = "bpmn/partner-year.bpmn";

    /**
     * The partner has left the program: the running year stops where it is (an open tier decision is withdrawn) and no
     * next year opens. Correlated by the business key, the partner id, while a year runs; sent when the partner's
     * agreement lapses ({@code partner-agreement}, {@link PartnerAgreementProcess#SERVICE_LAPSE_AGREEMENT}).
     */
    public static final String MESSAGE_PARTNER_LEFT_PROGRAM = "PartnerLeftProgram";

    public static final ProcessVariable<Long> PARTNER_ID = PartnerApplicationProcess.PARTNER_ID;
    public static final ProcessVariable<Date> YEAR_END_AT = ProcessVariable.dateVariable("yearEndAt");
    public static final ProcessVariable<Date> REVIEW_AT = ProcessVariable.dateVariable("reviewAt");
    public static final ProcessVariable<Date> NEXT_QUARTER_AT = ProcessVariable.dateVariable("nextQuarterAt");
    public static final ProcessVariable<Boolean> TIER_MET = ProcessVariable.booleanVariable("tierMet").routingOnly();
    /** The latest moment a decision still gives the partner the demotion notice before the next year starts. */
    public static final ProcessVariable<Date> DECISION_DUE_AT = ProcessVariable.dateVariable("decisionDueAt");
    public static final ProcessVariable<String> TIER_DECISION = ProcessVariable.stringVariable("tierDecision")
            .routingOnly();

    public static final String START = "start_partner_year_opened";
    public static final String SERVICE_OPEN_PARTNER_YEAR = "service_open_partner_year";
    public static final String GATEWAY_PARTNER_YEAR_JOIN = "gateway_partner_year_join";
    public static final String SUBPROCESS_PARTNER_YEAR = "subprocess_partner_year";
    public static final String START_YEAR_RUNNING = "start_year_running";
    public static final String GATEWAY_YEAR_SPLIT = "gateway_year_split";
    public static final String GATEWAY_QUARTER_DISCOUNT_JOIN = "gateway_quarter_discount_join";
    public static final String SERVICE_SET_QUARTER_DISCOUNT = "service_set_quarter_discount";
    public static final String TIMER_NEXT_QUARTER = "timer_next_quarter";
    public static final String TIMER_TIER_REVIEW_DUE = "timer_tier_review_due";
    public static final String SERVICE_REVIEW_TIER = "service_review_tier";
    public static final String GATEWAY_TIER_MET = "gateway_tier_met";
    public static final String END_TIER_CONFIRMED = "end_tier_confirmed";
    public static final String USER_DECIDE_TIER = "user_decide_tier";
    public static final String GATEWAY_TIER_DECISION = "gateway_tier_decision";
    public static final String END_TIER_KEPT = "end_tier_kept";
    public static final String END_DEMOTION_SCHEDULED = "end_demotion_scheduled";
    /** The interrupting event subprocess of the year that {@link #MESSAGE_PARTNER_LEFT_PROGRAM} starts. */
    public static final String SUBPROCESS_PARTNER_LEFT = "subprocess_partner_left";
    public static final String START_PARTNER_LEFT = "start_partner_left";
    public static final String END_YEAR_CUT_SHORT = "end_year_cut_short";
    /** The only way the year's subprocess completes, and so the process's only end. */
    public static final String END_PARTNER_LEFT = "end_partner_left";
    public static final String TIMER_PARTNER_YEAR_ENDED = "timer_partner_year_ended";
    public static final String SERVICE_CLOSE_PARTNER_YEAR = "service_close_partner_year";

    /** What a manager decides about a partner that no longer meets its tier. */
    public enum TierDecision { KEEP, LOWER }

    private PartnerYearProcess() {}
}
