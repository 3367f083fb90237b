package dev.partnerprogram.compensation;

import java.util.EnumSet;
import java.util.Set;

/** Where a compensation request stands; the process {@code marketing-compensation} moves it along. */
public enum CompensationState {
    SUBMITTED,
    IN_REVIEW,
    REWORK,
    SECOND_APPROVAL,
    /** Pre-approved: the amount is reserved; the activity takes place, then the partner claims. */
    APPROVED,
    CLAIM_REVIEW,
    CLAIM_CORRECTION,
    PAYMENT_PENDING,
    PAID,
    /** Verified with nothing to pay: every line rejected. */
    CLOSED_UNPAID,
    REJECTED,
    CANCELLED,
    /** No claim before the deadline. */
    LAPSED;

    private static final Set<CompensationState> FINAL = EnumSet.of(PAID, CLOSED_UNPAID, REJECTED, CANCELLED, LAPSED);

    public boolean isFinal() {
        return FINAL.contains(this);
    }
}
