package dev.partnerprogram.partner;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.common.Versioned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** What a partner was granted of one benefit for one period, and how much of it is used. */
@Entity
@Table(name = "benefit_quota")
public class BenefitQuota extends Versioned {

    private Long partnerId;

    @Enumerated(EnumType.STRING)
    private QuotaKind kind;

    private LocalDate periodStart;
    private LocalDate periodEnd;
    private int granted;
    private int used;
    private int expired;
    private Instant expiredAt;

    protected BenefitQuota() {}

    public BenefitQuota(Long partnerId, QuotaKind kind, LocalDate periodStart, LocalDate periodEnd, int granted) {
        this.partnerId = partnerId;
        this.kind = kind;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.granted = granted;
    }

    /**
     * The period ends early, on {@code lastDay}: the year it belonged to was cut short when the partner left the
     * program, and the quota of the company's new partner year takes over from the next day.
     */
    void endOn(LocalDate lastDay) {
        if (lastDay.isBefore(periodEnd)) {
            this.periodEnd = lastDay;
        }
    }

    /** Nothing is left of an expired quota: unused seats do not carry over. */
    public int left() {
        return expiredAt != null ? 0 : Math.max(0, granted - used);
    }

    /** Takes one unit; the caller holds a lock on the partner, so two takers never share the last one. */
    public void take() {
        if (left() <= 0) {
            throw new ConflictException("conflict.quota.empty", Message.label("quota.kind", kind));
        }
        used++;
    }

    /** Gives a unit back, e.g. when an enrolment holding a free seat is cancelled. */
    public void giveBack() {
        if (used > 0) {
            used--;
        }
    }

    /** Takes several units at once (hours of a consultation, licences of a request), or none if not enough are left. */
    public void take(int units) {
        if (units <= 0) {
            throw new IllegalArgumentException("units " + units);
        }
        if (left() < units) {
            throw new ConflictException("conflict.quota.left", left(), granted, Message.label("quota.kind", kind),
                    units);
        }
        used += units;
    }

    public void giveBack(int units) {
        used = Math.max(0, used - units);
    }

    /**
     * The tier changed: the period now grants the new tier's number, less what was used already. Never below what is
     * used, so a smaller grant leaves nothing rather than a debt.
     */
    public void regrant(int newGranted) {
        granted = Math.max(newGranted, used);
    }

    /** At the end of the period whatever is unused lapses; answers how much. */
    public int expire(Instant at) {
        if (expiredAt == null) {
            expired = Math.max(0, granted - used);
            expiredAt = at;
        }
        return expired;
    }

    public Long getPartnerId() { return partnerId; }
    public QuotaKind getKind() { return kind; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public int getGranted() { return granted; }
    public int getUsed() { return used; }
    public int getExpired() { return expired; }
    public Instant getExpiredAt() { return expiredAt; }
}
