package dev.partnerprogram.application;

import dev.partnerprogram.common.SubjectTrailEntry;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an application's audit trail: who did what, when, and why. */
@Entity
@Table(name = "application_event")
@AttributeOverride(name = "subjectId", column = @Column(name = "application_id"))
public class ApplicationEvent extends SubjectTrailEntry<ApplicationEvent.Action> {

    public enum Action {
        SUBMITTED, REVIEW_APPROVED, REJECTED, REWORK_REQUESTED, RESUBMITTED, REVIEW_OVERDUE, WITHDRAWN,
        DOCUMENT_UPLOADED, AGREEMENT_UPLOADED, AGREEMENT_CONFIRMED, AGREEMENT_RETURNED,
        BASIC_TRAINING_PASSED, BASIC_TRAINING_FAILED, STATUS_GRANTED,
        REQUIREMENTS_CHECKED, TECHNICAL_REVIEW_APPROVED, DESIGNATION_GRANTED, DESIGNATION_EXPIRED, DESIGNATION_ENDED,
        ELIGIBILITY_CHECKED, NOT_ELIGIBLE, COMMITTEE_OPENED, COMMITTEE_VOTED_FOR, COMMITTEE_VOTED_AGAINST
    }

    protected ApplicationEvent() {}

    ApplicationEvent(Long applicationId, Instant at, String actor, Action action, String comment) {
        super(applicationId, at, actor, action, comment);
    }
}
