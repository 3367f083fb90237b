package dev.partnerprogram.compensation;

import java.math.BigDecimal;
import java.util.List;

/** What the partner reports after the activity: actual expenses line by line, and the results. */
public record ClaimInput(List<Expense> actualExpenses, String results, Integer actualAudience, Integer actualLeads) {

    public record Expense(String description, BigDecimal amount) {}
}
