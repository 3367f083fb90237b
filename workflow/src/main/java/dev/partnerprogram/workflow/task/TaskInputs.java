package dev.partnerprogram.workflow.task;

import dev.partnerprogram.common.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads a task's form fields, which arrive as strings, and names the field when one is wrong. */
public final class TaskInputs {
    /** The options of a two-way decision. */
    public static final List<String> APPROVE_OR_REJECT = List.of("APPROVE", "REJECT");

    private TaskInputs() {}

    /** APPROVE or REJECT, as every two-way decision of the inbox takes it. */
    public static boolean approve(String decision) {
        return choice("decision", decision, TwoWay.class) == TwoWay.APPROVE;
    }

    public static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "error.oneOf", names(Arrays.asList(type.getEnumConstants())));
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "error.oneOf", names(Arrays.asList(type.getEnumConstants())));
        }
    }

    public static Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "error.integer");
        }
    }

    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "error.date");
        }
    }

    /** The codes a choice accepts, listed in the message that refuses another value (the API's callers read it). */
    public static String names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private enum TwoWay { APPROVE, REJECT }
}
