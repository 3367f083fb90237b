package dev.partnerprogram.handover;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One proposed partner of a handover, in its turn, and what became of the offer to it. */
@Entity
@Table(name = "handover_offer")
public class HandoverOffer extends Identified {

    public enum State { WAITING, OFFERED, ACCEPTED, DECLINED, LAPSED, WITHDRAWN }

    private Long handoverId;
    private Long partnerId;
    private int position;

    @Enumerated(EnumType.STRING)
    private State state;

    private Instant offeredAt;
    private Instant answerDueAt;
    private Instant answeredAt;
    private String answeredBy;
    /** Only for an offer withdrawn from its partner. */
    @Column(name = "withdrawal_reason")
    private String withdrawnReason;

    protected HandoverOffer() {}

    HandoverOffer(long handoverId, long partnerId, int position) {
        this.handoverId = handoverId;
        this.partnerId = partnerId;
        this.position = position;
        this.state = State.WAITING;
    }

    void offered(Instant at, Instant dueAt) {
        this.state = State.OFFERED;
        this.offeredAt = at;
        this.answerDueAt = dueAt;
    }

    void answered(State answer, String actor, Instant at) {
        this.state = answer;
        this.answeredBy = actor;
        this.answeredAt = at;
    }

    /** The partner's agreement stopped being valid: its turn, come or still to come, is withdrawn with the reason. */
    void withdraw(String reason, Instant at) {
        this.state = State.WITHDRAWN;
        this.withdrawnReason = reason;
        this.answeredAt = at;
    }

    public Long getHandoverId() { return handoverId; }
    public Long getPartnerId() { return partnerId; }
    public int getPosition() { return position; }
    public State getState() { return state; }
    public Instant getOfferedAt() { return offeredAt; }
    public Instant getAnswerDueAt() { return answerDueAt; }
    public Instant getAnsweredAt() { return answeredAt; }
    public String getAnsweredBy() { return answeredBy; }
    public String getWithdrawnReason() { return withdrawnReason; }
}
