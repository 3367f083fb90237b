package dev.partnerprogram.partner;

import dev.partnerprogram.common.TrailEntry;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a partner's status, with its reason as the comment: never updated, never deleted. */
@Entity
@Table(name = "status_history")
@AttributeOverride(name = "comment", column = @Column(name = "reason"))
public class StatusHistoryEntry extends TrailEntry {

    private Long partnerId;

    @Enumerated(EnumType.STRING)
    private PartnerStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private PartnerStatus toStatus;

    private Long applicationId;

    protected StatusHistoryEntry() {}

    public StatusHistoryEntry(Long partnerId, Instant at, String actor, PartnerStatus fromStatus, PartnerStatus toStatus,
                              String reason, Long applicationId) {
        super(at, actor, reason);
        this.partnerId = partnerId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.applicationId = applicationId;
    }

    public Long getPartnerId() { return partnerId; }
    public PartnerStatus getFromStatus() { return fromStatus; }
    public PartnerStatus getToStatus() { return toStatus; }
    public Long getApplicationId() { return applicationId; }
}
