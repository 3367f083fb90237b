package dev.partnerprogram.training;

import java.util.EnumSet;
import java.util.Set;

/** Where an enrolment stands; the process {@code training-enrollment} drives it. */
public enum EnrollmentState {
    REQUESTED,
    WAITING_LIST,
    CONFIRMED,
    REJECTED,
    CANCELLED,
    EXPIRED,
    PASSED,
    FAILED,
    NO_SHOW;

    /** An enrolment in one of these holds its place; the same employee cannot be enrolled in the course again. */
    public static final Set<EnrollmentState> OPEN = EnumSet.of(REQUESTED, WAITING_LIST, CONFIRMED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
