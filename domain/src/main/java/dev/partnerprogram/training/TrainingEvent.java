package dev.partnerprogram.training;

import dev.partnerprogram.common.TrailEntry;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit trail of an enrolment or an exam: who did what, when, and why. */
@Entity
@Table(name = "training_event")
public class TrainingEvent extends TrailEntry {

    public enum SubjectType { ENROLLMENT, EXAM }

    @Enumerated(EnumType.STRING)
    private SubjectType subjectType;

    private Long subjectId;
    private String action;

    protected TrainingEvent() {}

    public TrainingEvent(SubjectType subjectType, Long subjectId, Instant at, String actor, String action, String comment) {
        super(at, actor, comment);
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.action = action;
    }

    public SubjectType getSubjectType() { return subjectType; }
    public Long getSubjectId() { return subjectId; }
    public String getAction() { return action; }
}
