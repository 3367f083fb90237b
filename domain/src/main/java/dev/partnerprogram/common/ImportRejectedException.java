package dev.partnerprogram.common;

import java.util.List;

/** A file import refused as a whole, with one entry per offending line and field, so the sender can fix the file. */
public class ImportRejectedException extends RuntimeException {
    public record LineViolation(int line, String field, String message) {}

    private final List<LineViolation> violations;

    public ImportRejectedException(List<LineViolation> violations) {
        super(violations.size() + " line error(s); nothing was imported");
        this.violations = List.copyOf(violations);
    }

    public List<LineViolation> violations() {
        return violations;
    }
}
