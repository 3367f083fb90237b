package dev.partnerprogram.common;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a rule (400); carries one message per offending field so forms and the API can point at it. */
public class InvalidInputException extends ProblemException {
    /** One broken rule: the field (the API's property name) and what is wrong with it, as a code {@code error.*}. */
    public record FieldViolation(String field, Message message) {
        public FieldViolation(String field, String code, Object... args) {
            this(field, Message.of(code, args));
        }

        public String code() {
            return message.code();
        }
    }

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(Message.of("problem.invalidInput"));
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String code, Object... args) {
        this(List.of(new FieldViolation(field, code, args)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    @Override
    public String getMessage() {
        return violations.isEmpty() ? super.getMessage()
                : violations.stream().map(v -> v.field() + ": " + v.message().english()).collect(Collectors.joining("; "));
    }
}
