package dev.partnerprogram.application;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an application's audit trail: who did what, when, and why. */
@Entity
@Table(name = "application_event")
public class ApplicationEvent extends Identified {

    public enum Action {
        SUBMITTED, REVIEW_APPROVED, REJECTED, REWORK_REQUESTED, RESUBMITTED, REVIEW_OVERDUE, WITHDRAWN,
        DOCUMENT_UPLOADED, AGREEMENT_UPLOADED, AGREEMENT_CONFIRMED, AGREEMENT_RETURNED,
        BASIC_TRAINING_PASSED, BASIC_TRAINING_FAILED, STATUS_GRANTED,
        REQUIREMENTS_CHECKED, TECHNICAL_REVIEW_APPROVED, DESIGNATION_GRANTED, DESIGNATION_EXPIRED,
        ELIGIBILITY_CHECKED, NOT_ELIGIBLE, COMMITTEE_OPENED, COMMITTEE_VOTED_FOR, COMMITTEE_VOTED_AGAINST
    }

    public static final String SYSTEM = "system";

    private Long applicationId;
    private Instant at;
    private String actor;

    @Enumerated(EnumType.STRING)
    private Action action;

    private String comment;

    protected ApplicationEvent() {}

    ApplicationEvent(Long applicationId, Instant at, String actor, Action action, String comment) {
        this.applicationId = applicationId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.comment = comment;
    }

    public Long getApplicationId() { return applicationId; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public Action getAction() { return action; }
    public String getComment() { return comment; }
}
