package dev.partnerprogram.integration;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A receiver another system runs: where to post, which event types, and the secret the bodies are signed with. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends Identified {

    public enum State { ACTIVE, PAUSED }

    private String url;
    private String eventTypes;
    private String secret;
    @Enumerated(EnumType.STRING)
    private State state;
    private int consecutiveFailures;
    private Instant createdAt;
    private String createdBy;
    private Instant pausedAt;

    protected WebhookEndpoint() {}

    WebhookEndpoint(String url, List<EventType> types, String secret, Instant createdAt, String createdBy) {
        this.url = url;
        this.eventTypes = String.join(",", types.stream().map(EventType::code).toList());
        this.secret = secret;
        this.state = State.ACTIVE;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public boolean subscribesTo(EventType type) {
        return getEventTypes().contains(type.code());
    }

    /** A new secret replaces the old one; none (null) keeps it. */
    void change(String url, List<EventType> types, String newSecret) {
        this.url = url;
        this.eventTypes = String.join(",", types.stream().map(EventType::code).toList());
        if (newSecret != null) {
            this.secret = newSecret;
        }
    }

    /** By hand: nothing is posted until it is resumed; its deliveries wait, as for one paused by failures. */
    void pause(Instant at) {
        if (state != State.PAUSED) {
            state = State.PAUSED;
            pausedAt = at;
        }
    }

    void resume() {
        state = State.ACTIVE;
        consecutiveFailures = 0;
        pausedAt = null;
    }

    public String getUrl() { return url; }
    public List<String> getEventTypes() { return Arrays.asList(eventTypes.split(",")); }
    String getSecret() { return secret; }
    public State getState() { return state; }
    public int getConsecutiveFailures() { return consecutiveFailures; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getPausedAt() { return pausedAt; }
}
