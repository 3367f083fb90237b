package dev.partnerprogram.agreement;

import dev.partnerprogram.common.TrailEntry;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an agreement's trail. */
@Entity
@Table(name = "agreement_event")
public class AgreementEvent extends TrailEntry {

    public enum Action {
        /** Written by the migration that gave existing partners their agreement. */
        MIGRATED,
        CONCLUDED, RENEWAL_DUE, RENEWAL_UPLOADED, RENEWAL_CONFIRMED, RENEWAL_RETURNED, SUSPENDED, REINSTATED, TERMINATED,
        /** The vendor's termination under four eyes: asked, then approved or rejected by another manager. */
        TERMINATION_REQUESTED, TERMINATION_APPROVED, TERMINATION_REJECTED
    }

    private Long agreementId;

    @Enumerated(EnumType.STRING)
    private Action action;

    protected AgreementEvent() {}

    AgreementEvent(Long agreementId, Instant at, String actor, Action action, String comment) {
        super(at, actor, comment);
        this.agreementId = agreementId;
        this.action = action;
    }

    public Long getAgreementId() { return agreementId; }
    public Action getAction() { return action; }
}
