package dev.partnerprogram.event;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "joint_event_history")
public class JointEventHistory extends Identified {

    public static final String SYSTEM = "system";

    public enum Action { SUBMITTED, REFUSED_SHORT_NOTICE, APPROVED, REJECTED, DATE_PROPOSED, DATE_ACCEPTED, DATE_DECLINED, REMINDER }

    @Column(name = "event_id")
    private Long eventId;

    private Instant at;
    private String actor;

    @Enumerated(EnumType.STRING)
    private Action action;

    private String comment;

    protected JointEventHistory() {}

    JointEventHistory(Long eventId, Instant at, String actor, Action action, String comment) {
        this.eventId = eventId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.comment = comment;
    }

    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public Action getAction() { return action; }
    public String getComment() { return comment; }
}
