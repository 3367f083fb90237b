package dev.partnerprogram.common;

import java.util.List;

/**
 * A file import refused as a whole (400), with one entry per offending line and field, so the sender can fix the file.
 * A line of 0 means the file as a whole (an empty file, a missing column).
 */
public class ImportRejectedException extends ProblemException {
    public record LineViolation(int line, String field, Message message) {
        public LineViolation(int line, String field, String code, Object... args) {
            this(line, field, Message.of(code, args));
        }

        public String code() {
            return message.code();
        }
    }

    private final List<LineViolation> violations;

    public ImportRejectedException(List<LineViolation> violations) {
        super(Message.of("problem.importRejected", violations.size()));
        this.violations = List.copyOf(violations);
    }

    public List<LineViolation> violations() {
        return violations;
    }
}
