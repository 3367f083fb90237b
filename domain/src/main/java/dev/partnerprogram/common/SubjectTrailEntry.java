package dev.partnerprogram.common;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A line of one object's trail (an application's, an agreement's, …): the object's id, in the column each trail names
 * after its object, and what was done, one of the trail's own actions.
 *
 * @param <A> the trail's actions
 */
@MappedSuperclass
public abstract class SubjectTrailEntry<A extends Enum<A>> extends TrailEntry {

    private Long subjectId;

    @Enumerated(EnumType.STRING)
    private A action;

    protected SubjectTrailEntry() {}

    protected SubjectTrailEntry(Long subjectId, Instant at, String actor, A action, String comment) {
        super(at, actor, comment);
        this.subjectId = subjectId;
        this.action = action;
    }

    public Long getSubjectId() { return subjectId; }
    public A getAction() { return action; }
}
