package dev.partnerprogram.workflow.compensation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A region's budget for a period with its balances, always computed from the ledger. */
public record BudgetSummary(long id, String region, String period, LocalDate periodStart, LocalDate periodEnd,
                            BigDecimal allocated, BigDecimal reserved, BigDecimal paid, BigDecimal available) {}
