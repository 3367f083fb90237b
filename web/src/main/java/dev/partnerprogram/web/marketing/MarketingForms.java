package dev.partnerprogram.web.marketing;

import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.web.system.page.FormErrors;
import dev.partnerprogram.web.system.page.UiMessages;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.ui.Model;

/**
 * The plain forms' typed fields: parsed with a field violation (a code, like the domain's) for what does not parse,
 * so the page shows every error of the form at once through {@link #errors}.
 */
public final class MarketingForms {
    private MarketingForms() {}

    public static BigDecimal money(List<FieldViolation> errors, String field, String value) {
        return parsed(errors, field, value, "error.amount",
                v -> new BigDecimal(v.replaceAll("[\\s\\u00a0]", "").replace(',', '.')));
    }

    public static LocalDate date(List<FieldViolation> errors, String field, String value) {
        return parsed(errors, field, value, "error.date", LocalDate::parse);
    }

    public static Integer integer(List<FieldViolation> errors, String field, String value) {
        return parsed(errors, field, value, "error.integer", Integer::valueOf);
    }

    /** An enum's constant by its name; a value the form never offers is a field error. */
    public static <E extends Enum<E>> E choice(List<FieldViolation> errors, String field, String value, Class<E> type) {
        return parsed(errors, field, value, "error.choice", v -> Enum.valueOf(type, v));
    }

    /**
     * The trimmed value parsed, or null when the field is empty; a value that does not parse (the parsers throw a
     * {@link NumberFormatException}, a {@link java.time.format.DateTimeParseException} or, for an enum, an
     * {@link IllegalArgumentException}) is the field's violation with the code.
     */
    private static <T> T parsed(List<FieldViolation> errors, String field, String value, String code, Function<String, T> parse) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.trim());
        } catch (IllegalArgumentException | DateTimeException e) {
            errors.add(new FieldViolation(field, code));
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
