package dev.partnerprogram.common;

import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import java.util.List;

public final class FieldChecks {
    private FieldChecks() {}

    /** Adds a violation when the value is blank or too long; answers whether the value may be checked further. */
    public static boolean require(List<FieldViolation> errors, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldViolation(field, "is required"));
            return false;
        }
        return maxLength(errors, field, value, maxLength);
    }

    /** Adds a violation when an optional value is too long. */
    public static boolean maxLength(List<FieldViolation> errors, String field, String value, int maxLength) {
        if (value != null && value.trim().length() > maxLength) {
            errors.add(new FieldViolation(field, "must have at most " + maxLength + " characters"));
            return false;
        }
        return true;
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
