package dev.partnerprogram.web.marketing;

import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.web.system.page.FormErrors;
import dev.partnerprogram.web.system.page.UiMessages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.ui.Model;

/**
 * The plain forms' typed fields: parsed with a field violation (a code, like the domain's) for what does not parse,
 * so the page shows every error of the form at once through {@link #errors}.
 */
public final class MarketingForms {
    private MarketingForms() {}

    public static BigDecimal money(List<FieldViolation> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim().replaceAll("[\\s\\u00a0]", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(new FieldViolation(field, "error.amount"));
            return null;
        }
    }

    public static LocalDate date(List<FieldViolation> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldViolation(field, "error.date"));
            return null;
        }
    }

    public static Integer integer(List<FieldViolation> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldViolation(field, "error.integer"));
            return null;
        }
    }

    /** An enum's constant by its name; a value the form never offers is a field error. */
    public static <E extends Enum<E>> E choice(List<FieldViolation> errors, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldViolation(field, "error.choice"));
            return null;
        }
    }

    public static void throwIfAny(List<FieldViolation> errors) {
        FieldChecks.throwIfAny(errors);
    }

    /** Puts the violations where the template shows them next to their fields, in the page's language. */
    public static void errors(Model model, InvalidInputException e, UiMessages messages) {
        model.addAttribute("fieldErrors", FormErrors.texts(e.violations(), messages));
    }
}
