package dev.partnerprogram.web.tier;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.web.system.page.FormErrors;
import dev.partnerprogram.web.system.page.UiMessages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the tier pages' plain form fields. A blank field is null; a value that does not parse is null too, with an
 * error in the user's language under its field, so that the page shows every mistake of the form at once.
 */
final class FormReader {
    private final UiMessages messages;
    private final Map<String, String> errors = new LinkedHashMap<>();

    FormReader(UiMessages messages) {
        this.messages = messages;
    }

    LocalDate date(String field, String value) {
        return parse(field, value, "error.date", LocalDate::parse);
    }

    Integer integer(String field, String value) {
        return parse(field, value, "error.integer", Integer::valueOf);
    }

    /** A sum as people type it: spaces between thousands, a comma before the kopecks. */
    BigDecimal money(String field, String value) {
        return parse(field, value, "error.payment.number", v -> new BigDecimal(v.replace("\u00a0", "").replace(" ", "").replace(',', '.')));
    }

    <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        return parse(field, value, "error.choice", v -> Enum.valueOf(type, v));
    }

    /** A choice the form must make: a blank one is as wrong as an unknown one. */
    <E extends Enum<E>> E requiredChoice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            errors.put(field, messages.get("error.choice"));
            return null;
        }
        return choice(field, value, type);
    }

    /** The domain's refusal of the input, field by field, joined with what did not parse. */
    void add(InvalidInputException e) {
        FormErrors.byField(e, messages).forEach((field, text) -> errors.merge(field, text, (a, b) -> a + "; " + b));
    }

    boolean valid() {
        return errors.isEmpty();
    }

    Map<String, String> errors() {
        return errors;
    }

    private <T> T parse(String field, String value, String error, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            errors.put(field, messages.get(error));
            return null;
        }
    }
}
