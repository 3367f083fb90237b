package dev.partnerprogram.integration;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The integration events as a pull feed, oldest first, after a cursor (the last event's position). Events newer than
 * a few seconds wait: a change still committing may hold a lower position than one already committed, and a reader that
 * moved past it would never see it.
 */
@Component
public class IntegrationFeed {
    public static final Duration SETTLE = Duration.ofSeconds(5);

    private final IntegrationEventRepository events;
    private final Clock clock;

    public IntegrationFeed(IntegrationEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<IntegrationEvent> after(long cursor, int limit) {
        return events.findAfter(cursor, clock.instant().minus(SETTLE), PageRequest.of(0, limit));
    }
}
