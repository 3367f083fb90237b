package dev.partnerprogram.application;

import dev.partnerprogram.common.TrailEntry;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an application's audit trail: who did what, when, and why. */
@Entity
@Table(name = "application_event")
public class ApplicationEvent extends TrailEntry {

    public enum Action {
        SUBMITTED, REVIEW_APPROVED, REJECTED, REWORK_REQUESTED, RESUBMITTED, REVIEW_OVERDUE, WITHDRAWN,
        DOCUMENT_UPLOADED, AGREEMENT_UPLOADED, AGREEMENT_CONFIRMED, AGREEMENT_RETURNED,
        BASIC_TRAINING_PASSED, BASIC_TRAINING_FAILED, STATUS_GRANTED,
        REQUIREMENTS_CHECKED, TECHNICAL_REVIEW_APPROVED, DESIGNATION_GRANTED, DESIGNATION_EXPIRED, DESIGNATION_ENDED,
        ELIGIBILITY_CHECKED, NOT_ELIGIBLE, COMMITTEE_OPENED, COMMITTEE_VOTED_FOR, COMMITTEE_VOTED_AGAINST
    }

    private Long applicationId;

    @Enumerated(EnumType.STRING)
    private Action action;

    protected ApplicationEvent() {}

    ApplicationEvent(Long applicationId, Instant at, String actor, Action action, String comment) {
        super(at, actor, comment);
        this.applicationId = applicationId;
        this.action = action;
    }

    public Long getApplicationId() { return applicationId; }
    public Action getAction() { return action; }
}
