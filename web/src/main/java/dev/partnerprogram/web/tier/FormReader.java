package dev.partnerprogram.web.tier;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.web.marketing.MarketingForms;
import dev.partnerprogram.web.system.page.FormErrors;
import dev.partnerprogram.web.system.page.UiMessages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the tier pages' plain form fields. A blank field is null; a value that does not parse is null too, with a
 * violation under its field, so that the page shows every mistake of the form at once, in the user's language.
 */
final class FormReader {
    private final UiMessages messages;
    private final List<FieldViolation> violations = new ArrayList<>();

    FormReader(UiMessages messages) {
        this.messages = messages;
    }

    LocalDate date(String field, String value) {
        return MarketingForms.date(violations, field, value);
    }

    Integer integer(String field, String value) {
        return MarketingForms.integer(violations, field, value);
    }

    /** A sum as people type it: spaces between thousands, a comma before the kopecks. */
    BigDecimal money(String field, String value) {
        return MarketingForms.money(violations, field, value);
    }

    <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        return MarketingForms.choice(violations, field, value, type);
    }

    /** A choice the form must make: a blank one is as wrong as an unknown one. */
    <E extends Enum<E>> E requiredChoice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "error.choice"));
            return null;
        }
        return choice(field, value, type);
    }

    /** The domain's refusal of the input, field by field, joined with what did not parse. */
    void add(InvalidInputException e) {
        violations.addAll(e.violations());
    }

    boolean valid() {
        return violations.isEmpty();
    }

    Map<String, String> errors() {
        return FormErrors.texts(violations, messages);
    }
}
