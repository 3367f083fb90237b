package dev.partnerprogram.agreement;

import dev.partnerprogram.common.SubjectTrailEntry;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an agreement's trail. */
@Entity
@Table(name = "agreement_event")
@AttributeOverride(name = "subjectId", column = @Column(name = "agreement_id"))
public class AgreementEvent extends SubjectTrailEntry<AgreementEvent.Action> {

    public enum Action {
        /** Written by the migration that gave existing partners their agreement. */
        MIGRATED,
        CONCLUDED, RENEWAL_DUE, RENEWAL_UPLOADED, RENEWAL_CONFIRMED, RENEWAL_RETURNED, SUSPENDED, REINSTATED, TERMINATED,
        /** The vendor's termination under four eyes: asked, then approved or rejected by another manager. */
        TERMINATION_REQUESTED, TERMINATION_APPROVED, TERMINATION_REJECTED
    }

    protected AgreementEvent() {}

    AgreementEvent(Long agreementId, Instant at, String actor, Action action, String comment) {
        super(agreementId, at, actor, action, comment);
    }
}
