package dev.partnerprogram.compensation;

import dev.partnerprogram.common.SubjectTrailEntry;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The audit trail of a compensation: who did what when, and why. */
@Entity
@Table(name = "compensation_history")
@AttributeOverride(name = "subjectId", column = @Column(name = "compensation_id"))
public class CompensationHistory extends SubjectTrailEntry<CompensationHistory.Action> {

    public enum Action {
        SUBMITTED, RESUBMITTED, REWORK_REQUESTED, FIRST_APPROVAL, SECOND_APPROVAL, APPROVED, REJECTED, CANCELLED,
        CLAIM_REMINDER, LAPSED, DOCUMENT_UPLOADED, CLAIM_SUBMITTED, CLAIM_RETURNED, CLAIM_VERIFIED, PAID, CLOSED_UNPAID
    }

    protected CompensationHistory() {}

    CompensationHistory(Long compensationId, Instant at, String actor, Action action, String comment) {
        super(compensationId, at, actor, action, comment);
    }
}
