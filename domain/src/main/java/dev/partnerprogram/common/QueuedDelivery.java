package dev.partnerprogram.common;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * Something a background sender delivers after the transaction that wrote it (an e-mail, a webhook call): due from
 * {@code nextAttemptAt}, claimed by one sender until {@code lockedUntil} (the repository's claim query sets it), tried
 * again after a failure. What its states are is the subclass's.
 */
@MappedSuperclass
public abstract class QueuedDelivery extends Identified {

    private int attempts;
    private Instant nextAttemptAt;
    private Instant lockedUntil;
    private String lastError;
    private Instant createdAt;

    protected QueuedDelivery() {}

    /** Written now, due at once. */
    protected QueuedDelivery(Instant createdAt) {
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /** Counts an attempt with its error (none when it went through, cut to the column's 1000 characters); the claim ends. */
    protected void attempted(String error) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        lockedUntil = null;
    }

    /** Due again at {@code at}, or never again when {@code null}; the claim ends. */
    protected void dueAt(Instant at) {
        nextAttemptAt = at;
        lockedUntil = null;
    }

    /** Due at {@code at} with its attempts counted afresh. */
    protected void startOver(Instant at) {
        attempts = 0;
        dueAt(at);
    }

    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
}
