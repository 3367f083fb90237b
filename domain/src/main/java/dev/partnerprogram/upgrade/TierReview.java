package dev.partnerprogram.upgrade;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.common.Versioned;
import dev.partnerprogram.partner.PartnerStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The yearly review of a partner's tier. A partner that no longer meets its tier's criteria is FLAGGED to the managers
 * with the report as evidence; a manager KEEPs the tier or LOWERs it, the demotion taking effect on {@code effectiveOn}
 * (the start of a partner year). A flag nobody decided by the end of the year LAPSEs and the tier stays.
 */
@Entity
@Table(name = "tier_review")
public class TierReview extends Versioned {

    public enum State { MET, FLAGGED, KEPT, LOWERED, LAPSED }

    private Long partnerId;
    private LocalDate yearStart;
    private LocalDate yearEnd;

    @Enumerated(EnumType.STRING)
    private PartnerStatus status;

    private Long reportId;

    @Enumerated(EnumType.STRING)
    private State state;

    private String decidedBy;
    private Instant decidedAt;
    private String comment;

    @Enumerated(EnumType.STRING)
    private PartnerStatus demoteTo;

    private LocalDate effectiveOn;
    private Instant appliedAt;
    private Instant createdAt;

    protected TierReview() {}

    TierReview(Long partnerId, LocalDate yearStart, LocalDate yearEnd, PartnerStatus status, Long reportId, boolean met,
               Instant createdAt) {
        this.partnerId = partnerId;
        this.yearStart = yearStart;
        this.yearEnd = yearEnd;
        this.status = status;
        this.reportId = reportId;
        this.state = met ? State.MET : State.FLAGGED;
        this.createdAt = createdAt;
    }

    void keep(String actor, String comment, Instant at) {
        decide(State.KEPT, actor, comment, at);
    }

    void lower(PartnerStatus to, LocalDate effectiveOn, String actor, String comment, Instant at) {
        decide(State.LOWERED, actor, comment, at);
        this.demoteTo = to;
        this.effectiveOn = effectiveOn;
    }

    void lapse(Instant at) {
        decide(State.LAPSED, "system", "no decision before the end of the partner year: the tier stays", at);
    }

    void applied(Instant at) {
        appliedAt = at;
    }

    private void decide(State outcome, String actor, String comment, Instant at) {
        if (state != State.FLAGGED) {
            throw new ConflictException("conflict.tierReview.final", Message.label("review.state", state));
        }
        state = outcome;
        decidedBy = actor;
        this.comment = comment;
        decidedAt = at;
    }

    public Long getPartnerId() { return partnerId; }
    public LocalDate getYearStart() { return yearStart; }
    public LocalDate getYearEnd() { return yearEnd; }
    public PartnerStatus getStatus() { return status; }
    public Long getReportId() { return reportId; }
    public State getState() { return state; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getComment() { return comment; }
    public PartnerStatus getDemoteTo() { return demoteTo; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public Instant getAppliedAt() { return appliedAt; }
    public Instant getCreatedAt() { return createdAt; }
}
