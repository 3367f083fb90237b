package dev.partnerprogram.integration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The settings of what other systems rely on: idempotent creations and the outbound webhooks. */
@Validated
@ConfigurationProperties("partner-program.integration")
public record IntegrationProperties(@Valid @NotNull Idempotency idempotency, @Valid @NotNull Webhooks webhooks) {

    /**
     * @param window      how long a key answers its first result again
     * @param lockTimeout how long a request holding a key may run before a repeat may take the key over (its node died)
     */
    public record Idempotency(@NotNull Duration window, @NotNull Duration lockTimeout) {}

    /**
     * @param pollInterval   how often the delivery worker looks for due deliveries
     * @param retryBase      the first retry's delay, doubled on each further failure up to {@code maxRetryDelay}
     * @param pauseAfter     failures in a row after which an endpoint is paused and the administrators are mailed
     * @param requestTimeout how long a receiver may take to answer
     * @param claimTimeout   a delivery taken by a worker whose node died is taken again after this long
     */
    public record Webhooks(@NotNull Duration pollInterval, @NotNull Duration retryBase, @NotNull Duration maxRetryDelay,
                           @Min(1) int pauseAfter, @Min(1) int batchSize, @NotNull Duration requestTimeout,
                           @NotNull Duration claimTimeout) {}
}
