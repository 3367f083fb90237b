package dev.partnerprogram.integration;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface WebhookEndpointRepository extends JpaRepository<WebhookEndpoint, Long> {

    @Modifying
    @Query("update WebhookEndpoint e set e.consecutiveFailures = 0 where e.id = :id")
    int succeeded(long id);

    @Modifying
    @Query("update WebhookEndpoint e set e.consecutiveFailures = e.consecutiveFailures + 1 where e.id = :id")
    int failed(long id);

    /** Pauses it once: answers 1 only to the one worker that paused it, who then mails the administrators. */
    @Modifying
    @Query("update WebhookEndpoint e set e.state = dev.partnerprogram.integration.WebhookEndpoint.State.PAUSED, e.pausedAt = :at "
            + "where e.id = :id and e.state = dev.partnerprogram.integration.WebhookEndpoint.State.ACTIVE "
            + "and e.consecutiveFailures >= :threshold")
    int pauseIfFailing(long id, int threshold, Instant at);
}
