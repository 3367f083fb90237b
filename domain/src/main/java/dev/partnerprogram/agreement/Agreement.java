package dev.partnerprogram.agreement;

import dev.partnerprogram.common.Versioned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A partner's agreement with the vendor: its number, when it was signed, its term (aligned with the partner year) and
 * where it stands. A renewal moves the term on by a partner year; the trail is in {@link AgreementEvent}.
 */
@Entity
@Table(name = "partner_agreement")
public class Agreement extends Versioned {

    private Long partnerId;
    private String number;
    private LocalDate signedOn;
    private LocalDate validFrom;
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    private AgreementState state;

    /** The signed agreement of the join application, if the application had one. */
    private Long documentId;
    /** The signed renewal uploaded for the running renewal, until it is confirmed or returned. */
    private Long renewalDocumentId;
    private LocalDate suspendedOn;
    private LocalDate endedOn;
    private Instant createdAt;

    protected Agreement() {}

    Agreement(Long partnerId, String number, LocalDate signedOn, LocalDate validFrom, LocalDate validUntil, Long documentId,
              Instant createdAt) {
        this.partnerId = partnerId;
        this.number = number;
        this.signedOn = signedOn;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.documentId = documentId;
        this.state = AgreementState.ACTIVE;
        this.createdAt = createdAt;
    }

    void renewalDue() {
        this.state = AgreementState.RENEWAL_DUE;
    }

    void renewalUploaded(long documentId) {
        this.renewalDocumentId = documentId;
    }

    void renewalReturned() {
        this.renewalDocumentId = null;
    }

    /** The next term follows the one that ended (or ends), so the agreement stays aligned with the partner year. */
    void renew(LocalDate nextFrom, LocalDate nextUntil, LocalDate signedOn) {
        this.validFrom = nextFrom;
        this.validUntil = nextUntil;
        this.signedOn = signedOn;
        this.documentId = null;
        this.state = AgreementState.ACTIVE;
        this.suspendedOn = null;
    }

    void suspend(LocalDate on) {
        this.state = AgreementState.SUSPENDED;
        this.suspendedOn = on;
    }

    void terminate(LocalDate on) {
        this.state = AgreementState.TERMINATED;
        this.endedOn = on;
        this.renewalDocumentId = null;
    }

    public Long getPartnerId() { return partnerId; }
    public String getNumber() { return number; }
    public LocalDate getSignedOn() { return signedOn; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidUntil() { return validUntil; }
    public AgreementState getState() { return state; }
    public Long getDocumentId() { return documentId; }
    public Long getRenewalDocumentId() { return renewalDocumentId; }
    public LocalDate getSuspendedOn() { return suspendedOn; }
    public LocalDate getEndedOn() { return endedOn; }
    public Instant getCreatedAt() { return createdAt; }
}
