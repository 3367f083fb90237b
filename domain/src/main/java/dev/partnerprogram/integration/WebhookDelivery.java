package dev.partnerprogram.integration;

import dev.partnerprogram.common.QueuedDelivery;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event for one endpoint, and how its delivery went: the endpoint's delivery log. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends QueuedDelivery {

    public enum Status { PENDING, SENDING, DELIVERED }

    private Long endpointId;
    private Long eventId;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Integer lastStatus;
    private Instant deliveredAt;

    protected WebhookDelivery() {}

    WebhookDelivery(long endpointId, long eventId, Instant createdAt) {
        super(createdAt);
        this.endpointId = endpointId;
        this.eventId = eventId;
        this.status = Status.PENDING;
    }

    void delivered(int httpStatus, Instant at) {
        status = Status.DELIVERED;
        attempted(null);
        lastStatus = httpStatus;
        deliveredAt = at;
        dueAt(null);
    }

    void failed(Integer httpStatus, String error, Instant retryAt) {
        status = Status.PENDING;
        attempted(error);
        lastStatus = httpStatus;
        dueAt(retryAt);
    }

    /** An administrator sends it again now, delivered or not. */
    void retryNow(Instant at) {
        status = Status.PENDING;
        dueAt(at);
    }

    public Long getEndpointId() { return endpointId; }
    public Long getEventId() { return eventId; }
    public Status getStatus() { return status; }
    public Integer getLastStatus() { return lastStatus; }
    public Instant getDeliveredAt() { return deliveredAt; }
}
