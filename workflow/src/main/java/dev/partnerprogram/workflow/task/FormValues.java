package dev.partnerprogram.workflow.task;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The values a task's form opens with ({@link TaskHandler#currentValues}), in the notation the form posts back: a
 * decimal in plain digits, an enum constant by name, a set of them as sorted names joined by commas. An absent value
 * is left out, so that the field opens empty rather than with the word "null".
 */
public final class FormValues {
    private final Map<String, String> values = new LinkedHashMap<>();

    private FormValues() {
    }

    public static FormValues of() {
        return new FormValues();
    }

    public FormValues with(String field, Object value) {
        if (value != null) {
            values.put(field, text(value));
        }
        return this;
    }

    public Map<String, String> toMap() {
        return Map.copyOf(values);
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(FormValues::text).sorted().collect(Collectors.joining(","));
        }
        return Objects.toString(value);
    }
}
