package dev.partnerprogram.agreement;

import dev.partnerprogram.common.Versioned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The vendor's termination of an agreement, under four eyes: one manager asks with a reason and the date it takes
 * effect, a different manager approves or rejects it; an approved one terminates the agreement on that date.
 */
@Entity
@Table(name = "agreement_termination")
public class AgreementTermination extends Versioned {

    public enum State {
        /** Asked for, waiting for a second manager. */
        REQUESTED,
        /** Approved, waiting for its effective date. */
        APPROVED,
        REJECTED,
        /** The agreement is terminated. */
        DONE;

        /** A termination that is not rejected blocks another one. */
        public boolean isOpenOrDone() {
            return this != REJECTED;
        }
    }

    private Long agreementId;
    private Long partnerId;
    private String reason;
    private LocalDate effectiveOn;
    private String requestedBy;
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    private State state;

    private String decidedBy;
    private Instant decidedAt;
    private String decisionComment;

    protected AgreementTermination() {}

    AgreementTermination(Long agreementId, Long partnerId, String reason, LocalDate effectiveOn, String requestedBy, Instant requestedAt) {
        this.agreementId = agreementId;
        this.partnerId = partnerId;
        this.reason = reason;
        this.effectiveOn = effectiveOn;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.state = State.REQUESTED;
    }

    void decide(boolean approved, String by, String comment, Instant at) {
        this.state = approved ? State.APPROVED : State.REJECTED;
        this.decidedBy = by;
        this.decisionComment = comment;
        this.decidedAt = at;
    }

    void done() {
        this.state = State.DONE;
    }

    public Long getAgreementId() { return agreementId; }
    public Long getPartnerId() { return partnerId; }
    public String getReason() { return reason; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public State getState() { return state; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionComment() { return decisionComment; }
}
