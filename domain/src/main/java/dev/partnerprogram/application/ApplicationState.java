package dev.partnerprogram.application;

import java.util.EnumSet;
import java.util.Set;

public enum ApplicationState {
    SUBMITTED,
    IN_REVIEW,
    REWORK,
    AGREEMENT,
    AGREEMENT_CHECK,
    BASIC_TRAINING,
    /** A designation application waits for a manager's decision after the technical review. */
    MANAGER_DECISION,
    /** A General upgrade waits for the managers' committee. */
    COMMITTEE,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    private static final Set<ApplicationState> FINAL = EnumSet.of(APPROVED, REJECTED, WITHDRAWN);

    public boolean isFinal() {
        return FINAL.contains(this);
    }
}
