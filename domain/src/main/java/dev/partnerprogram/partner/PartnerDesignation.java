package dev.partnerprogram.partner;

import dev.partnerprogram.common.Versioned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A designation a partner holds: one row per kind, renewed in place, so the directory always shows the current one. */
@Entity
@Table(name = "partner_designation")
public class PartnerDesignation extends Versioned {

    /** {@code ENDED}: taken away before its validity ran out, with the partner agreement that was terminated. */
    public enum State { ACTIVE, EXPIRED, ENDED }

    private Long partnerId;

    @Enumerated(EnumType.STRING)
    private DesignationKind kind;

    private LocalDate validFrom;
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    private State state;

    private Long applicationId;

    protected PartnerDesignation() {}

    PartnerDesignation(Long partnerId, DesignationKind kind, LocalDate validFrom, LocalDate validUntil, Long applicationId) {
        this.partnerId = partnerId;
        this.kind = kind;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.state = State.ACTIVE;
        this.applicationId = applicationId;
    }

    /** A renewal extends the current validity; a lapsed or ended designation starts afresh. */
    void renew(LocalDate today, LocalDate newValidUntil, Long byApplication) {
        if (state != State.ACTIVE) {
            validFrom = today;
        }
        state = State.ACTIVE;
        validUntil = newValidUntil;
        applicationId = byApplication;
    }

    void expire() {
        state = State.EXPIRED;
    }

    void end() {
        state = State.ENDED;
    }

    public boolean isActive() {
        return state == State.ACTIVE;
    }

    public Long getPartnerId() { return partnerId; }
    public DesignationKind getKind() { return kind; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidUntil() { return validUntil; }
    public State getState() { return state; }
    public Long getApplicationId() { return applicationId; }
}
