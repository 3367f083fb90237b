package dev.partnerprogram.handover;

import dev.partnerprogram.common.ProcessSubject;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A project the vendor offers to partners with a free team, one partner at a time. */
@Entity
@Table(name = "handover")
public class Handover extends ProcessSubject {

    private String title;
    private String customerName;
    private String region;

    @Enumerated(EnumType.STRING)
    private HandoverKind kind;

    @Enumerated(EnumType.STRING)
    private HandoverState state;

    /** The partner holding the offer now, or the one that accepted it. */
    private Long partnerId;
    private Instant answerDueAt;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    protected Handover() {}

    Handover(HandoverRequest r, String actor, Instant at) {
        this.title = r.title().trim();
        this.customerName = r.customerName().trim();
        this.region = r.region().trim();
        this.kind = r.kind();
        this.state = HandoverState.OFFERED;
        this.createdBy = actor;
        this.createdAt = at;
        this.updatedAt = at;
    }

    void offerTo(Long partnerId, Instant dueAt, Instant at) {
        this.partnerId = partnerId;
        this.answerDueAt = dueAt;
        this.updatedAt = at;
    }

    void moveTo(HandoverState next, Instant at) {
        this.state = next;
        this.updatedAt = at;
        if (next != HandoverState.OFFERED) {
            this.answerDueAt = null;
        }
    }

    public String getTitle() { return title; }
    public String getCustomerName() { return customerName; }
    public String getRegion() { return region; }
    public HandoverKind getKind() { return kind; }
    public HandoverState getState() { return state; }
    public Long getPartnerId() { return partnerId; }
    public Instant getAnswerDueAt() { return answerDueAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
