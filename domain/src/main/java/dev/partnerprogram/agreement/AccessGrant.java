package dev.partnerprogram.agreement;

import dev.partnerprogram.common.Versioned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A partner's right to use one of the vendor's systems, from its grant until its revocation. */
@Entity
@Table(name = "access_grant")
public class AccessGrant extends Versioned {

    private Long partnerId;
    private Long agreementId;

    @Enumerated(EnumType.STRING)
    private AccessKind kind;

    private Instant grantedAt;
    private Instant revokedAt;

    protected AccessGrant() {}

    AccessGrant(Long partnerId, Long agreementId, AccessKind kind, Instant grantedAt) {
        this.partnerId = partnerId;
        this.agreementId = agreementId;
        this.kind = kind;
        this.grantedAt = grantedAt;
    }

    void revoke(Instant at) {
        this.revokedAt = at;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Long getPartnerId() { return partnerId; }
    public Long getAgreementId() { return agreementId; }
    public AccessKind getKind() { return kind; }
    public Instant getGrantedAt() { return grantedAt; }
    public Instant getRevokedAt() { return revokedAt; }
}
