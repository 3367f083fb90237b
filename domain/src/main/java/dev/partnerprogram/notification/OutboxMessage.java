package dev.partnerprogram.notification;

import dev.partnerprogram.common.QueuedDelivery;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** An e-mail written in the transaction of the step that causes it, and delivered later by {@link OutboxSender}. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends QueuedDelivery {

    private String idempotencyKey;
    private String template;
    private String recipient;
    private String subject;
    private String body;
    private String language;

    @Enumerated(EnumType.STRING)
    private OutboxStatus status;

    private Instant sentAt;

    protected OutboxMessage() {}

    public OutboxMessage(String idempotencyKey, String template, String recipient, String subject, String body,
                         String language, Instant createdAt) {
        super(createdAt);
        this.idempotencyKey = idempotencyKey;
        this.template = template;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.language = language;
        this.status = OutboxStatus.PENDING;
    }

    void markSent(Instant at) {
        status = OutboxStatus.SENT;
        attempted(null);
        sentAt = at;
    }

    void markAttemptFailed(String error, Instant retryAt, int maxAttempts) {
        attempted(error);
        if (getAttempts() >= maxAttempts) {
            status = OutboxStatus.FAILED;
            dueAt(null);
        } else {
            status = OutboxStatus.PENDING;
            dueAt(retryAt);
        }
    }

    /** An administrator sends a failed message once more, e.g. after fixing the SMTP settings. */
    void requeue(Instant at) {
        status = OutboxStatus.PENDING;
        startOver(at);
    }

    public String getIdempotencyKey() { return idempotencyKey; }
    public String getTemplate() { return template; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public String getLanguage() { return language; }
    public OutboxStatus getStatus() { return status; }
    public Instant getSentAt() { return sentAt; }
}
