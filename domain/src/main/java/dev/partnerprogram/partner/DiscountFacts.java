package dev.partnerprogram.partner;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the quarterly additional discount is set from: the partner's payments for software and subscriptions from
 * {@code revenueFrom} to {@code revenueTo} (the two quarters before), and its development plan's completion in percent.
 */
public record DiscountFacts(BigDecimal revenue, LocalDate revenueFrom, LocalDate revenueTo, int planCompletion) {}
