package dev.partnerprogram.training;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit trail of an enrolment or an exam: who did what, when, and why. */
@Entity
@Table(name = "training_event")
public class TrainingEvent extends Identified {

    public enum SubjectType { ENROLLMENT, EXAM }

    public static final String SYSTEM = "system";

    @Enumerated(EnumType.STRING)
    private SubjectType subjectType;

    private Long subjectId;
    private Instant at;
    private String actor;
    private String action;
    private String comment;

    protected TrainingEvent() {}

    public TrainingEvent(SubjectType subjectType, Long subjectId, Instant at, String actor, String action, String comment) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.comment = comment;
    }

    public SubjectType getSubjectType() { return subjectType; }
    public Long getSubjectId() { return subjectId; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getComment() { return comment; }
}
