package dev.partnerprogram.deal;

import java.util.EnumSet;
import java.util.Set;

/** Where a registered deal stands. SUBMITTED and CONFLICT wait for a manager; APPROVED is protected until its date. */
public enum DealState {
    SUBMITTED, CONFLICT, APPROVED, REJECTED, WON, LOST, EXPIRED;

    /** The states in which a registration still claims its customer. */
    public static final Set<DealState> OPEN = EnumSet.of(SUBMITTED, CONFLICT, APPROVED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
