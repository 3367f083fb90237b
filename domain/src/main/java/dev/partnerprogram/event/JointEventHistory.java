package dev.partnerprogram.event;

import dev.partnerprogram.common.SubjectTrailEntry;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The audit trail of a joint event: who did what when, and why. */
@Entity
@Table(name = "joint_event_history")
@AttributeOverride(name = "subjectId", column = @Column(name = "event_id"))
public class JointEventHistory extends SubjectTrailEntry<JointEventHistory.Action> {

    public enum Action { SUBMITTED, REFUSED_SHORT_NOTICE, APPROVED, REJECTED, DATE_PROPOSED, DATE_ACCEPTED, DATE_DECLINED, REMINDER }

    protected JointEventHistory() {}

    JointEventHistory(Long eventId, Instant at, String actor, Action action, String comment) {
        super(eventId, at, actor, action, comment);
    }
}
