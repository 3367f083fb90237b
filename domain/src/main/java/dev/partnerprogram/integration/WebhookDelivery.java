package dev.partnerprogram.integration;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event for one endpoint, and how its delivery went: the endpoint's delivery log. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends Identified {

    public enum Status { PENDING, SENDING, DELIVERED }

    private Long endpointId;
    private Long eventId;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant lockedUntil;
    private Integer lastStatus;
    private String lastError;
    private Instant createdAt;
    private Instant deliveredAt;

    protected WebhookDelivery() {}

    WebhookDelivery(long endpointId, long eventId, Instant createdAt) {
        this.endpointId = endpointId;
        this.eventId = eventId;
        this.status = Status.PENDING;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    void delivered(int httpStatus, Instant at) {
        status = Status.DELIVERED;
        attempts++;
        lastStatus = httpStatus;
        lastError = null;
        deliveredAt = at;
        lockedUntil = null;
        nextAttemptAt = null;
    }

    void failed(Integer httpStatus, String error, Instant retryAt) {
        status = Status.PENDING;
        attempts++;
        lastStatus = httpStatus;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        lockedUntil = null;
        nextAttemptAt = retryAt;
    }

    /** An administrator sends it again now, delivered or not. */
    void retryNow(Instant at) {
        status = Status.PENDING;
        nextAttemptAt = at;
        lockedUntil = null;
    }

    public Long getEndpointId() { return endpointId; }
    public Long getEventId() { return eventId; }
    public Status getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Integer getLastStatus() { return lastStatus; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDeliveredAt() { return deliveredAt; }
}
