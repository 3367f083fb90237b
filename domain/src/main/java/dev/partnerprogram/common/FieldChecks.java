package dev.partnerprogram.common;

import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import java.time.LocalDate;
import java.util.List;

public final class FieldChecks {
    private FieldChecks() {}

    /** Adds a violation when the value is blank or too long; answers whether the value may be checked further. */
    public static boolean require(List<FieldViolation> errors, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldViolation(field, "error.required"));
            return false;
        }
        return maxLength(errors, field, value, maxLength);
    }

    /** Adds a violation when an optional value is too long. */
    public static boolean maxLength(List<FieldViolation> errors, String field, String value, int maxLength) {
        if (value != null && value.trim().length() > maxLength) {
            errors.add(new FieldViolation(field, "error.maxLength", maxLength));
            return false;
        }
        return true;
    }

    /**
     * Adds a violation when the whole number is missing, or lies outside {@code min..max}: then the refusal {@code code}
     * with its arguments (a field's own wording of its limits).
     */
    public static void requireBetween(List<FieldViolation> errors, String field, Integer value, int min, int max,
                                      String code, Object... args) {
        if (value == null) {
            errors.add(new FieldViolation(field, "error.required"));
        } else if (value < min || value > max) {
            errors.add(new FieldViolation(field, code, args));
        }
    }

    /** Adds a violation when the date is missing or after {@code today}: something that has already happened. */
    public static void requireNotInFuture(List<FieldViolation> errors, String field, LocalDate date, LocalDate today) {
        if (date == null) {
            errors.add(new FieldViolation(field, "error.required"));
        } else if (date.isAfter(today)) {
            errors.add(new FieldViolation(field, "error.notInFuture"));
        }
    }

    /** The longest comment a decision may carry. */
    public static final int MAX_COMMENT = 2000;

    /** A reviewer's comment, trimmed; required for decisions that must say why (reject, rework, return). */
    public static String decisionComment(boolean required, String comment) {
        String trimmed = trimToNull(comment);
        if (required && trimmed == null) {
            throw new InvalidInputException("comment", "error.commentRequired");
        }
        if (trimmed != null && trimmed.length() > MAX_COMMENT) {
            throw new InvalidInputException("comment", "error.maxLength", MAX_COMMENT);
        }
        return trimmed;
    }

    public static void throwIfAny(List<FieldViolation> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
