package dev.partnerprogram.partner;

import java.math.BigDecimal;

/**
 * The quarterly additional discount as rules the vendor can read and change (a DMN table behind this port): the band
 * the facts fall in, and the additional discount after the tier's upper bound caps base + additional.
 */
public interface DiscountRules {

    record Decision(BigDecimal tableDiscount, BigDecimal additionalDiscount) {}

    Decision decide(PartnerStatus tier, DiscountFacts facts, BigDecimal baseDiscount, BigDecimal maxDiscount);
}
