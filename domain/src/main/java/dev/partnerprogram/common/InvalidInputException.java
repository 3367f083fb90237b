package dev.partnerprogram.common;

import java.util.List;

/** Input that breaks a rule; carries one message per offending field so forms and the API can point at it. */
public class InvalidInputException extends RuntimeException {
    public record FieldViolation(String field, String message) {}

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldViolation(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
