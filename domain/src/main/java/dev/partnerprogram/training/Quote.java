package dev.partnerprogram.training;

import java.math.BigDecimal;

/**
 * The price of a seat for one partner: the rule that applies, the list price, the discount, what the seat costs,
 * what the University fund pays of it (at most {@code fundCap}), and what is left for the partner to pay.
 */
public record Quote(PricingRule rule, BigDecimal listPrice, BigDecimal discountPercent, BigDecimal price,
                    BigDecimal fundCap, BigDecimal fundContribution, BigDecimal amountDue) {}
