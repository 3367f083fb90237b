package dev.partnerprogram.compensation;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** The audit trail of a compensation: who did what when, and why. */
@Entity
@Table(name = "compensation_history")
public class CompensationHistory extends Identified {

    public static final String SYSTEM = "system";

    public enum Action {
        SUBMITTED, RESUBMITTED, REWORK_REQUESTED, FIRST_APPROVAL, SECOND_APPROVAL, APPROVED, REJECTED, CANCELLED,
        CLAIM_REMINDER, LAPSED, DOCUMENT_UPLOADED, CLAIM_SUBMITTED, CLAIM_RETURNED, CLAIM_VERIFIED, PAID, CLOSED_UNPAID
    }

    private Long compensationId;
    private Instant at;
    private String actor;

    @Enumerated(EnumType.STRING)
    private Action action;

    private String comment;

    protected CompensationHistory() {}

    CompensationHistory(Long compensationId, Instant at, String actor, Action action, String comment) {
        this.compensationId = compensationId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.comment = comment;
    }

    public Long getCompensationId() { return compensationId; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public Action getAction() { return action; }
    public String getComment() { return comment; }
}
