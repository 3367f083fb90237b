package dev.partnerprogram.certification;

import java.util.EnumSet;
import java.util.Set;

/** Where a specialist's exam stands; the process {@code specialist-certification} drives it. */
public enum ExamState {
    REGISTERED,
    SCHEDULED,
    PASSED,
    FAILED,
    REJECTED;

    public static final Set<ExamState> OPEN = EnumSet.of(REGISTERED, SCHEDULED);
}
