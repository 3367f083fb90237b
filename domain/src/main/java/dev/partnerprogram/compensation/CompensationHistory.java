package dev.partnerprogram.compensation;

import dev.partnerprogram.common.TrailEntry;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** The audit trail of a compensation: who did what when, and why. */
@Entity
@Table(name = "compensation_history")
public class CompensationHistory extends TrailEntry {

    public enum Action {
        SUBMITTED, RESUBMITTED, REWORK_REQUESTED, FIRST_APPROVAL, SECOND_APPROVAL, APPROVED, REJECTED, CANCELLED,
        CLAIM_REMINDER, LAPSED, DOCUMENT_UPLOADED, CLAIM_SUBMITTED, CLAIM_RETURNED, CLAIM_VERIFIED, PAID, CLOSED_UNPAID
    }

    private Long compensationId;

    @Enumerated(EnumType.STRING)
    private Action action;

    protected CompensationHistory() {}

    CompensationHistory(Long compensationId, Instant at, String actor, Action action, String comment) {
        super(at, actor, comment);
        this.compensationId = compensationId;
        this.action = action;
    }

    public Long getCompensationId() { return compensationId; }
    public Action getAction() { return action; }
}
