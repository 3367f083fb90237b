package dev.partnerprogram.partner;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.common.Versioned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A partner's request for free Directum RX licences for internal use, held against its partner year's quota. */
@Entity
@Table(name = "licence_request")
public class LicenceRequest extends Versioned {

    public enum State { REQUESTED, ISSUED, REJECTED }

    private Long partnerId;
    private int quantity;
    private String purpose;

    @Enumerated(EnumType.STRING)
    private State state;

    private Long quotaId;
    private String requestedBy;
    private Instant requestedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionComment;

    protected LicenceRequest() {}

    /** A checked request, holding its licences against the quota they were taken from. */
    LicenceRequest(Long partnerId, LicenceService.NewRequest input, BenefitQuota quota, String requestedBy, Instant requestedAt) {
        this.partnerId = partnerId;
        this.quantity = input.quantity();
        this.purpose = input.purpose().trim();
        this.quotaId = quota.getId();
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.state = State.REQUESTED;
    }

    void decide(State outcome, String actor, String comment, Instant at) {
        if (state != State.REQUESTED) {
            throw new ConflictException("conflict.licences.final", Message.label("licence.state", state));
        }
        state = outcome;
        decidedBy = actor;
        decisionComment = comment;
        decidedAt = at;
    }

    public Long getPartnerId() { return partnerId; }
    public int getQuantity() { return quantity; }
    public String getPurpose() { return purpose; }
    public State getState() { return state; }
    public Long getQuotaId() { return quotaId; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionComment() { return decisionComment; }
}
