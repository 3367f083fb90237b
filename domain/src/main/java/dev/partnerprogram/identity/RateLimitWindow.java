package dev.partnerprogram.identity;

import dev.partnerprogram.common.AssignedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The requests of one bucket (an action and an address or client) counted in the current fixed window. Its id is the
 * bucket, known before the row is stored: a new bucket's row is inserted without Spring Data reading it first.
 */
@Entity
@Table(name = "rate_limit_window")
class RateLimitWindow extends AssignedId<String> {

    @Id
    private String bucket;
    private Instant windowStart;
    private int hits;

    protected RateLimitWindow() {}

    RateLimitWindow(String bucket, Instant now) {
        this.bucket = bucket;
        this.windowStart = now;
    }

    /** Counts one request; a window that has passed starts afresh. Answers the count within the window. */
    int hit(Instant now, Duration window) {
        if (!windowStart.plus(window).isAfter(now)) {
            windowStart = now;
            hits = 0;
        }
        return ++hits;
    }

    @Override
    public String getId() {
        return bucket;
    }

    Duration leftOf(Duration window, Instant now) {
        return Duration.between(now, windowStart.plus(window));
    }
}
