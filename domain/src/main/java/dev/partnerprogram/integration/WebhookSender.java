package dev.partnerprogram.integration;

import dev.partnerprogram.identity.AppUser;
import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts the due webhook deliveries, at least once each: a delivery is claimed by a conditional update (so two nodes
 * never post it at the same time), posted signed, and marked delivered on a 2xx answer; otherwise it is tried again after
 * a backoff that doubles up to a ceiling. An endpoint failing {@code pause-after} times in a row is paused (its
 * deliveries wait) and the administrators are mailed through the outbox. A node dying after the post and before the mark
 * posts the delivery again once its claim lapses: receivers drop repeats by {@code X-Event-Id}.
 */
@Component
public class WebhookSender {
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final WebhookDeliveryRepository deliveries;
    private final WebhookEndpointRepository endpoints;
    private final IntegrationEventRepository events;
    private final AppUserRepository users;
    private final Notifier notifier;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final IntegrationProperties.Webhooks settings;
    private final HttpClient http;

    public WebhookSender(WebhookDeliveryRepository deliveries, WebhookEndpointRepository endpoints,
                         IntegrationEventRepository events, AppUserRepository users, Notifier notifier,
                         TransactionTemplate tx, Clock clock, IntegrationProperties properties) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.events = events;
        this.users = users;
        this.notifier = notifier;
        this.tx = tx;
        this.clock = clock;
        this.settings = properties.webhooks();
        this.http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelayString = "${partner-program.integration.webhooks.poll-interval}",
            initialDelayString = "${partner-program.integration.webhooks.poll-interval}")
    public void deliverScheduled() {
        deliverDue();
    }

    /** Posts what is due now; answers how many were delivered. */
    public int deliverDue() {
        int delivered = 0;
        Instant now = clock.instant();
        for (Long id : deliveries.findDue(now, PageRequest.of(0, settings.batchSize()))) {
            Boolean claimed = tx.execute(s -> deliveries.claim(id, now, now.plus(settings.claimTimeout())) == 1);
            if (Boolean.TRUE.equals(claimed) && post(id)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean post(long id) {
        WebhookDelivery delivery = deliveries.findById(id).orElseThrow();
        WebhookEndpoint endpoint = endpoints.findById(delivery.getEndpointId()).orElseThrow();
        IntegrationEvent event = events.findById(delivery.getEventId()).orElseThrow();
        byte[] body = event.getPayload().getBytes(StandardCharsets.UTF_8);
        Integer status = null;
        String error;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.getUrl()))
                    .timeout(settings.requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "partner-program-webhooks")
                    .header(WebhookSignature.EVENT_ID_HEADER, event.getEventId())
                    .header(WebhookSignature.EVENT_TYPE_HEADER, event.getType())
                    .header(WebhookSignature.HEADER, WebhookSignature.of(endpoint.getSecret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status >= 200 && status < 300) {
                int answered = status;
                tx.executeWithoutResult(s -> {
                    deliveries.findById(id).ifPresent(d -> d.delivered(answered, clock.instant()));
                    endpoints.succeeded(endpoint.getId());
                });
                return true;
            }
            error = "HTTP " + status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        log.warn("Webhook delivery {} of event {} to endpoint {} failed: {}", id, event.getEventId(), endpoint.getId(), error);
        Integer failedStatus = status;
        String failedError = error;
        tx.executeWithoutResult(s -> {
            Instant at = clock.instant();
            deliveries.findById(id).ifPresent(d -> d.failed(failedStatus, failedError, at.plus(backoff(d.getAttempts()))));
            endpoints.failed(endpoint.getId());
            if (endpoints.pauseIfFailing(endpoint.getId(), settings.pauseAfter(), at) == 1) {
                for (AppUser admin : users.findEnabledWithRole(Role.ADMIN.name())) {
                    notifier.notify(admin, MailTemplate.WEBHOOK_PAUSED, "webhook-paused-" + endpoint.getId() + "-" + at.toEpochMilli(),
                            String.valueOf(endpoint.getId()), endpoint.getUrl(), settings.pauseAfter(), failedError);
                }
            }
        });
        return false;
    }

    private Duration backoff(int attemptsSoFar) {
        Duration delay = settings.retryBase().multipliedBy(1L << Math.min(attemptsSoFar, 20));
        return delay.compareTo(settings.maxRetryDelay()) > 0 ? settings.maxRetryDelay() : delay;
    }
}
