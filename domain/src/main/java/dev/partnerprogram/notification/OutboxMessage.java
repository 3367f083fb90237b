package dev.partnerprogram.notification;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** An e-mail written in the transaction of the step that causes it, and delivered later by {@link OutboxSender}. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends Identified {

    private String idempotencyKey;
    private String template;
    private String recipient;
    private String subject;
    private String body;
    private String language;

    @Enumerated(EnumType.STRING)
    private OutboxStatus status;

    private int attempts;
    private Instant nextAttemptAt;
    private Instant lockedUntil;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;

    protected OutboxMessage() {}

    public OutboxMessage(String idempotencyKey, String template, String recipient, String subject, String body,
                         String language, Instant createdAt) {
        this.idempotencyKey = idempotencyKey;
        this.template = template;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.language = language;
        this.status = OutboxStatus.PENDING;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    void markSent(Instant at) {
        status = OutboxStatus.SENT;
        attempts++;
        sentAt = at;
        lockedUntil = null;
        lastError = null;
    }

    void markAttemptFailed(String error, Instant retryAt, int maxAttempts) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        lockedUntil = null;
        if (attempts >= maxAttempts) {
            status = OutboxStatus.FAILED;
            nextAttemptAt = null;
        } else {
            status = OutboxStatus.PENDING;
            nextAttemptAt = retryAt;
        }
    }

    /** An administrator sends a failed message once more, e.g. after fixing the SMTP settings. */
    void requeue(Instant at) {
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = at;
        lockedUntil = null;
    }

    public String getIdempotencyKey() { return idempotencyKey; }
    public String getTemplate() { return template; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public String getLanguage() { return language; }
    public OutboxStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
}
