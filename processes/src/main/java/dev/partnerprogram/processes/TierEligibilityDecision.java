package dev.partnerprogram.processes;

/**
 * The names in {@code dmn/tier-eligibility.dmn}: one result per criterion of a tier, with whether it is met, how it
 * compares with which threshold, and the input fact it judged.
 */
public final class TierEligibilityDecision {
    public static final String KEY = "tier-eligibility";
    public static final String RESOURCE = "dmn/tier-eligibility.dmn";

    public static final String INPUT_TIER = "tier";
    /** {@code UPGRADE} for a promotion, {@code REVIEW} for the yearly review of the tier held. */
    public static final String INPUT_PURPOSE = "purpose";
    public static final String INPUT_MONTHS_IN_TIER = "monthsInTier";
    public static final String INPUT_MEDIUM_PROJECTS = "mediumProjects";
    public static final String INPUT_CERTIFIED_SPECIALISTS = "certifiedSpecialists";
    public static final String INPUT_REVENUE_LAST_QUARTER = "revenueLastQuarter";
    public static final String INPUT_REVENUE_QUARTER_BEFORE = "revenueQuarterBefore";
    public static final String INPUT_PLAN_COMPLETION = "planCompletion";

    public static final String OUTPUT_CRITERION = "criterion";
    public static final String OUTPUT_MET = "met";
    public static final String OUTPUT_COMPARISON = "comparison";
    public static final String OUTPUT_THRESHOLD = "threshold";
    public static final String OUTPUT_FACT = "fact";

    private TierEligibilityDecision() {}
}
