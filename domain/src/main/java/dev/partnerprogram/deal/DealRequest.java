package dev.partnerprogram.deal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the partner registers: the customer (name, tax id, region) and what it expects to sell, and when; {@code joint}
 * when it sells together with the vendor (a manager then sets the individual discount and the revenue split).
 */
public record DealRequest(String customerName, String customerTaxId, String region, Integer expectedLicenses,
                          BigDecimal expectedAmount, LocalDate expectedCloseDate, boolean joint) {}
