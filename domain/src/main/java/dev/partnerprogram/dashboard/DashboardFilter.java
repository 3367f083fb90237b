package dev.partnerprogram.dashboard;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.partner.PartnerStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The period (from, inclusive, to, inclusive), and optionally one region and one tier, that dashboards are narrowed to.
 * Built from request parameters by {@link #of}, which checks them all.
 */
public record DashboardFilter(LocalDate from, LocalDate to, String region, PartnerStatus tier) {
    static final int MAX_DAYS = 366 * 5;
    static final int MAX_REGION = 100;

    public static DashboardFilter of(String from, String to, String region, String tier, LocalDate today, int defaultDays) {
        List<FieldViolation> errors = new ArrayList<>();
        LocalDate end = date(errors, "to", to, today);
        LocalDate start = date(errors, "from", from, end == null ? today.minusDays(defaultDays) : end.minusDays(defaultDays));
        if (start != null && end != null) {
            if (start.isAfter(end)) {
                errors.add(new FieldViolation("from", "error.period.fromAfterTo"));
            } else if (start.plusDays(MAX_DAYS).isBefore(end)) {
                errors.add(new FieldViolation("from", "error.period.tooLong"));
            }
        }
        String regionValue = region == null || region.isBlank() ? null : region.trim();
        if (regionValue != null && regionValue.length() > MAX_REGION) {
            errors.add(new FieldViolation("region", "error.maxLength", MAX_REGION));
        }
        PartnerStatus tierValue = null;
        if (tier != null && !tier.isBlank()) {
            try {
                tierValue = PartnerStatus.valueOf(tier.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldViolation("tier", "error.choice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new DashboardFilter(start, end, regionValue, tierValue);
    }

    /** A date as typed (ISO), or {@code fallback} when none was; a wrong one is added to {@code errors} as the field's. */
    public static LocalDate date(List<FieldViolation> errors, String field, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldViolation(field, "error.date"));
            return null;
        }
    }
}
