package dev.partnerprogram.processes;

/**
 * The names in {@code dmn/quarterly-discount.dmn}: the table of bands by revenue and development plan completion, and
 * the decision on top of it that keeps base + additional within the tier's upper bound.
 */
public final class QuarterlyDiscountDecision {
    public static final String KEY = "quarterly-additional-discount";
    public static final String BAND_KEY = "quarterly-discount-band";
    public static final String RESOURCE = "dmn/quarterly-discount.dmn";

    /** Payments for software and subscriptions over the two previous quarters, in roubles. */
    public static final String INPUT_REVENUE = "revenue";
    public static final String INPUT_PLAN_COMPLETION = "planCompletion";
    public static final String INPUT_BASE_DISCOUNT = "baseDiscount";
    public static final String INPUT_MAX_DISCOUNT = "maxDiscount";

    public static final String OUTPUT_TABLE_DISCOUNT = "tableDiscount";
    public static final String OUTPUT_ADDITIONAL_DISCOUNT = "additionalDiscount";

    private QuarterlyDiscountDecision() {}
}
