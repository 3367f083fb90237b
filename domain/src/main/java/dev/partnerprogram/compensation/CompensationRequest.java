package dev.partnerprogram.compensation;

import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A planned activity as the partner describes it. {@code requestedAmount} may be left out: it then defaults to the
 * full share of the planned budget.
 */
public record CompensationRequest(String title, ActivityKind kind, String region, LocalDate plannedStart, LocalDate plannedEnd,
                                  BigDecimal plannedBudget, BigDecimal requestedAmount, Integer expectedAudience,
                                  Integer expectedLeads, String description) {

    /** The request after every check: trimmed, amounts at scale 2, the requested amount filled in. */
    public record Valid(String title, ActivityKind kind, String region, LocalDate plannedStart, LocalDate plannedEnd,
                        BigDecimal plannedBudget, BigDecimal requestedAmount, Integer expectedAudience,
                        Integer expectedLeads, String description) {}

    /** Checks every field at once, so a form can show all problems together. */
    public Valid validate(BigDecimal sharePercent, LocalDate today) {
        List<FieldViolation> errors = new ArrayList<>();
        FieldChecks.require(errors, "title", title, 200);
        if (kind == null) {
            errors.add(new FieldViolation("kind", "error.required"));
        }
        FieldChecks.require(errors, "region", region, 100);
        if (plannedStart == null) {
            errors.add(new FieldViolation("plannedStart", "error.required"));
        } else if (plannedStart.isBefore(today)) {
            errors.add(new FieldViolation("plannedStart", "error.compensation.startInPast"));
        }
        if (plannedEnd == null) {
            errors.add(new FieldViolation("plannedEnd", "error.required"));
        } else if (plannedStart != null && plannedEnd.isBefore(plannedStart)) {
            errors.add(new FieldViolation("plannedEnd", "error.endBeforeStart"));
        }
        BigDecimal budget = Money.positive(errors, "plannedBudget", plannedBudget);
        BigDecimal requested = null;
        if (budget != null) {
            BigDecimal maximum = Money.share(budget, sharePercent);
            if (requestedAmount == null) {
                requested = maximum;
                if (requested.signum() <= 0) {
                    errors.add(new FieldViolation("plannedBudget", "error.compensation.budgetTooSmall"));
                }
            } else {
                requested = Money.positive(errors, "requestedAmount", requestedAmount);
                if (requested != null && requested.compareTo(maximum) > 0) {
                    errors.add(new FieldViolation("requestedAmount", "error.compensation.shareCap",
                            sharePercent.stripTrailingZeros().toPlainString(), maximum.toPlainString()));
                }
            }
        } else if (requestedAmount != null) {
            Money.positive(errors, "requestedAmount", requestedAmount);
        }
        if (expectedAudience != null && expectedAudience < 0) {
            errors.add(new FieldViolation("expectedAudience", "error.notNegative"));
        }
        if (expectedLeads != null && expectedLeads < 0) {
            errors.add(new FieldViolation("expectedLeads", "error.notNegative"));
        }
        FieldChecks.maxLength(errors, "description", description, 4000);
        FieldChecks.throwIfAny(errors);
        return new Valid(title.trim(), kind, region.trim(), plannedStart, plannedEnd, budget, requested, expectedAudience,
                expectedLeads, FieldChecks.trimToNull(description));
    }
}
