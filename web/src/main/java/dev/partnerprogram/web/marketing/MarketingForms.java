package dev.partnerprogram.web.marketing;

import dev.partnerprogram.common.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.Model;

/** Small helpers for the marketing pages' plain forms: parsing with field errors, and errors for the template. */
public final class MarketingForms {
    private MarketingForms() {}

    public static BigDecimal money(Map<String, String> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim().replaceAll("[\\s\\u00a0]", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.put(field, "must be an amount like 1500.00");
            return null;
        }
    }

    public static LocalDate date(Map<String, String> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.put(field, "must be a date");
            return null;
        }
    }

    public static Integer integer(Map<String, String> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.put(field, "must be a whole number");
            return null;
        }
    }

    public static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.entrySet().stream()
                    .map(e -> new InvalidInputException.FieldViolation(e.getKey(), e.getValue())).toList());
        }
    }

    /** Puts the violations where the template shows them next to their fields. */
    public static void errors(Model model, InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.violations().forEach(v -> errors.merge(v.field(), v.message().english(), (a, b) -> a + "; " + b));
        model.addAttribute("fieldErrors", errors);
    }
}
