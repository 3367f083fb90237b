package dev.partnerprogram.partner;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a partner's status: never updated, never deleted. */
@Entity
@Table(name = "status_history")
public class StatusHistoryEntry extends Identified {

    private Long partnerId;
    private Instant at;
    private String actor;

    @Enumerated(EnumType.STRING)
    private PartnerStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private PartnerStatus toStatus;

    private String reason;
    private Long applicationId;

    protected StatusHistoryEntry() {}

    public StatusHistoryEntry(Long partnerId, Instant at, String actor, PartnerStatus fromStatus, PartnerStatus toStatus,
                              String reason, Long applicationId) {
        this.partnerId = partnerId;
        this.at = at;
        this.actor = actor;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.applicationId = applicationId;
    }

    public Long getPartnerId() { return partnerId; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public PartnerStatus getFromStatus() { return fromStatus; }
    public PartnerStatus getToStatus() { return toStatus; }
    public String getReason() { return reason; }
    public Long getApplicationId() { return applicationId; }
}
