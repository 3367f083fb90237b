package dev.partnerprogram.handover;

import dev.partnerprogram.common.ProcessSubject;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A project the vendor offers to partners with a free team, one partner at a time: its partner is the one holding the
 * offer now, or the one that accepted it.
 */
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

    private Instant answerDueAt;
    private String createdBy;
    private Instant createdAt;

    protected Handover() {}

    Handover(HandoverRequest r, String actor, Instant at) {
        super(null, at);
        this.title = r.title().trim();
        this.customerName = r.customerName().trim();
        this.region = r.region().trim();
        this.kind = r.kind();
        this.state = HandoverState.OFFERED;
        this.createdBy = actor;
        this.createdAt = at;
    }

    void offerTo(Long partnerId, Instant dueAt, Instant at) {
        passTo(partnerId);
        this.answerDueAt = dueAt;
        touch(at);
    }

    void moveTo(HandoverState next, Instant at) {
        this.state = next;
        touch(at);
        if (next != HandoverState.OFFERED) {
            this.answerDueAt = null;
        }
    }

    public String getTitle() { return title; }
    public String getCustomerName() { return customerName; }
    public String getRegion() { return region; }
    public HandoverKind getKind() { return kind; }
    public HandoverState getState() { return state; }
    public Instant getAnswerDueAt() { return answerDueAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
