package dev.partnerprogram.agreement;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An outbox row: one grant given or taken, written in the transaction that changed it, for the systems that enforce
 * the grants to pick up in order (the integration issue's delivery will read them).
 */
@Entity
@Table(name = "access_grant_change")
public class AccessGrantChange extends Identified {

    public enum Change { GRANTED, REVOKED }

    private Long grantId;
    private Long partnerId;

    @Enumerated(EnumType.STRING)
    private AccessKind kind;

    @Enumerated(EnumType.STRING)
    private Change change;

    private Instant occurredAt;

    protected AccessGrantChange() {}

    AccessGrantChange(AccessGrant grant, Change change, Instant occurredAt) {
        this.grantId = grant.getId();
        this.partnerId = grant.getPartnerId();
        this.kind = grant.getKind();
        this.change = change;
        this.occurredAt = occurredAt;
    }

    public Long getGrantId() { return grantId; }
    public Long getPartnerId() { return partnerId; }
    public AccessKind getKind() { return kind; }
    public Change getChange() { return change; }
    public Instant getOccurredAt() { return occurredAt; }
}
