package dev.partnerprogram.processes;

/**
 * The names in {@code dmn/training-pricing.dmn}: how a seat on a course is paid for (free seat, partner discount, list
 * price) and the share of its price that the Directum University fund may pay.
 */
public final class TrainingPricingDecision {
    public static final String KEY = "training-pricing";
    public static final String RESOURCE = "dmn/training-pricing.dmn";

    public static final String INPUT_PARTNER_STATUS = "partnerStatus";
    public static final String INPUT_COURSE_KIND = "courseKind";
    public static final String INPUT_FREE_SEATS_LEFT = "freeSeatsLeft";

    public static final String OUTPUT_PRICING_RULE = "pricingRule";
    public static final String OUTPUT_FUND_CAP_PERCENT = "fundCapPercent";

    private TrainingPricingDecision() {}
}
