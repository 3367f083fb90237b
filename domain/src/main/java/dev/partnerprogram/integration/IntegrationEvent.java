package dev.partnerprogram.integration;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something other systems want to know of, written with the change itself. {@code payload} is the JSON body every
 * webhook delivery and the feed give, byte for byte, so a signature is made over exactly what was stored.
 */
@Entity
@Table(name = "integration_event")
public class IntegrationEvent extends Identified {
    private String eventId;
    private String type;
    private Long partnerId;
    private Instant occurredAt;
    private String payload;

    protected IntegrationEvent() {}

    IntegrationEvent(String eventId, String type, Long partnerId, Instant occurredAt, String payload) {
        this.eventId = eventId;
        this.type = type;
        this.partnerId = partnerId;
        this.occurredAt = occurredAt;
        this.payload = payload;
    }

    public String getEventId() { return eventId; }
    public String getType() { return type; }
    public Long getPartnerId() { return partnerId; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getPayload() { return payload; }
}
