package dev.partnerprogram.event;

import dev.partnerprogram.common.TrailEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** The audit trail of a joint event: who did what when, and why. */
@Entity
@Table(name = "joint_event_history")
public class JointEventHistory extends TrailEntry {

    public enum Action { SUBMITTED, REFUSED_SHORT_NOTICE, APPROVED, REJECTED, DATE_PROPOSED, DATE_ACCEPTED, DATE_DECLINED, REMINDER }

    @Column(name = "event_id")
    private Long eventId;

    @Enumerated(EnumType.STRING)
    private Action action;

    protected JointEventHistory() {}

    JointEventHistory(Long eventId, Instant at, String actor, Action action, String comment) {
        super(at, actor, comment);
        this.eventId = eventId;
        this.action = action;
    }

    public Action getAction() { return action; }
}
