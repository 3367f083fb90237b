package dev.partnerprogram.web.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.integration.IntegrationEvent;
import dev.partnerprogram.integration.WebhookAdministration;
import dev.partnerprogram.integration.WebhookDelivery;
import dev.partnerprogram.integration.WebhookEndpoint;
import dev.partnerprogram.web.system.api.Creation;
import dev.partnerprogram.web.system.api.PageQuery;
import dev.partnerprogram.web.system.page.PageResponse;
import dev.partnerprogram.workflow.integration.Integrations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Outbound webhooks (administrators register receivers and read their delivery logs) and the pull feed of events. */
@RestController
@Tag(name = "Integration")
class IntegrationApi {
    static final int MAX_FEED = 100;

    record WebhookRequest(@NotBlank @Size(max = 2000) String url, @NotEmpty List<String> events,
                          @NotBlank @Size(min = 16, max = 200) String secret) {}

    /** A blank or missing secret keeps the one the receiver has. */
    record WebhookChange(@NotBlank @Size(max = 2000) String url, @NotEmpty List<String> events, @Size(max = 200) String secret) {}

    /** The secret is never answered: it is the receiver's and ours only. */
    record WebhookResponse(long id, String url, List<String> events, WebhookEndpoint.State state, int consecutiveFailures,
                           Instant createdAt, String createdBy, Instant pausedAt) {
        static WebhookResponse of(WebhookEndpoint e) {
            return new WebhookResponse(e.getId(), e.getUrl(), e.getEventTypes(), e.getState(), e.getConsecutiveFailures(),
                    e.getCreatedAt(), e.getCreatedBy(), e.getPausedAt());
        }
    }

    record DeliveryResponse(long id, String eventId, String type, WebhookDelivery.Status status, int attempts,
                            Integer lastStatus, String lastError, Instant createdAt, Instant nextAttemptAt, Instant deliveredAt) {
        static DeliveryResponse of(WebhookDelivery d, IntegrationEvent e) {
            return new DeliveryResponse(d.getId(), e.getEventId(), e.getType(), d.getStatus(), d.getAttempts(), d.getLastStatus(),
                    d.getLastError(), d.getCreatedAt(), d.getNextAttemptAt(), d.getDeliveredAt());
        }
    }

    /** The events after the cursor, oldest first; {@code next} is the cursor to ask with next time (the same when none). */
    record FeedResponse(List<FeedEvent> events, String next) {}

    /** An event as a webhook delivers it, typed so that the document (and a client generated from it) knows its fields. */
    record FeedEvent(String id, String type, Instant occurredAt, Map<String, Object> data) {}

    private final Integrations integrations;
    private final ObjectMapper json;

    IntegrationApi(Integrations integrations, ObjectMapper json) {
        this.integrations = integrations;
        this.json = json;
    }

    @PostMapping("/api/admin/webhooks")
    @Creation
    @Operation(summary = "Register a webhook endpoint: its URL, the event types it wants and the signing secret (ADMIN)")
    ResponseEntity<WebhookResponse> register(Caller caller, @RequestBody WebhookRequest request) {
        WebhookEndpoint endpoint = integrations.register(caller, request.url(), request.events(), request.secret());
        return ResponseEntity.created(URI.create("/api/admin/webhooks/" + endpoint.getId())).body(WebhookResponse.of(endpoint));
    }

    @GetMapping("/api/admin/webhooks")
    @Operation(summary = "The webhook endpoints (ADMIN)")
    List<WebhookResponse> list(Caller caller) {
        return integrations.endpoints(caller).stream().map(WebhookResponse::of).toList();
    }

    @GetMapping("/api/admin/webhooks/{id}")
    @Operation(summary = "One webhook endpoint (ADMIN)")
    WebhookResponse get(Caller caller, @PathVariable long id) {
        return WebhookResponse.of(integrations.endpoint(caller, id));
    }

    @PutMapping("/api/admin/webhooks/{id}")
    @Operation(summary = "Change an endpoint's URL and event types, and its secret if one is given (ADMIN)")
    WebhookResponse change(Caller caller, @PathVariable long id, @RequestBody WebhookChange request) {
        return WebhookResponse.of(integrations.change(caller, id, request.url(), request.events(), request.secret()));
    }

    @PostMapping("/api/admin/webhooks/{id}/pause")
    @Operation(summary = "Pause an endpoint: its events wait until it is resumed (ADMIN)")
    WebhookResponse pause(Caller caller, @PathVariable long id) {
        return WebhookResponse.of(integrations.pause(caller, id));
    }

    @GetMapping("/api/admin/webhooks/{id}/deliveries")
    @Operation(summary = "An endpoint's delivery log, newest first (ADMIN)")
    PageResponse<DeliveryResponse> deliveries(Caller caller, @PathVariable long id, @PageQuery Pageable page) {
        return PageResponse.of(integrations.deliveries(caller, id, page),
                (WebhookAdministration.DeliveryLine line) -> DeliveryResponse.of(line.delivery(), line.event()));
    }

    @PostMapping("/api/admin/webhooks/{id}/deliveries/{deliveryId}/retry")
    @Operation(summary = "Send one delivery again now, delivered or not (ADMIN)")
    DeliveryResponse retry(Caller caller, @PathVariable long id, @PathVariable long deliveryId) {
        WebhookAdministration.DeliveryLine line = integrations.retry(caller, id, deliveryId);
        return DeliveryResponse.of(line.delivery(), line.event());
    }

    @PostMapping("/api/admin/webhooks/{id}/resume")
    @Operation(summary = "Resume a paused endpoint: its waiting deliveries go out again (ADMIN)")
    WebhookResponse resume(Caller caller, @PathVariable long id) {
        return WebhookResponse.of(integrations.resume(caller, id));
    }

    @GetMapping("/api/integration/feed")
    @Operation(summary = "The integration events after a cursor, oldest first, as a pull feed (ADMIN)")
    FeedResponse feed(Caller caller, @RequestParam(defaultValue = "0") String after,
                      @RequestParam(defaultValue = "" + MAX_FEED) int limit) {
        long cursor;
        try {
            cursor = Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("after", "error.wrongFormat");
        }
        if (cursor < 0) {
            throw new InvalidInputException("after", "error.notNegative");
        }
        if (limit < 1 || limit > MAX_FEED) {
            throw new InvalidInputException("limit", "error.between", 1, MAX_FEED);
        }
        List<IntegrationEvent> events = integrations.feed(caller, cursor, limit);
        List<FeedEvent> bodies = events.stream().map(e -> parse(e.getPayload())).toList();
        long next = events.isEmpty() ? cursor : events.get(events.size() - 1).getId();
        return new FeedResponse(bodies, Long.toString(next));
    }

    private FeedEvent parse(String payload) {
        try {
            return json.readValue(payload, FeedEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
