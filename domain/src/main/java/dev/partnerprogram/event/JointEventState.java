package dev.partnerprogram.event;

import java.util.EnumSet;
import java.util.Set;

/** Where a request for vendor staff at a partner's event stands; the process {@code joint-event} moves it. */
public enum JointEventState {
    SUBMITTED,
    IN_REVIEW,
    DATE_PROPOSED,
    APPROVED,
    REJECTED,
    /** The partner declined the date marketing proposed. */
    DECLINED,
    /** Less than the required notice before the event. */
    REFUSED_SHORT_NOTICE;

    /** The states in which nothing more happens to the request. */
    public static final Set<JointEventState> FINAL = EnumSet.of(APPROVED, REJECTED, DECLINED, REFUSED_SHORT_NOTICE);

    public boolean isFinal() {
        return FINAL.contains(this);
    }
}
