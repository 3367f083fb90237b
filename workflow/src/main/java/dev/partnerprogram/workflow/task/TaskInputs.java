package dev.partnerprogram.workflow.task;

import dev.partnerprogram.common.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
            throw new InvalidInputException(field, "is required: one of " + Arrays.toString(type.getEnumConstants()));
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number");
        }
    }

    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date like 2026-12-01");
        }
    }

    private enum TwoWay { APPROVE, REJECT }
}
