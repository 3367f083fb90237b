package dev.partnerprogram.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes an integration event, and a pending delivery for each endpoint subscribed to its type, in the transaction of
 * the change it reports (as the mail outbox does): a rolled-back change leaves no event, a committed one always has it.
 */
@Component
public class IntegrationEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IntegrationEventRepository events;
    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final Clock clock;

    public IntegrationEvents(IntegrationEventRepository events, WebhookEndpointRepository endpoints,
                             WebhookDeliveryRepository deliveries, Clock clock) {
        this.events = events;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /**
     * @param data the event's facts: strings, numbers, booleans, nulls, dates and instants (written as ISO strings),
     *             enumerations (their codes)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public IntegrationEvent publish(EventType type, Long partnerId, Map<String, ?> data) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("type", type.code());
        body.put("occurredAt", now.toString());
        Map<String, Object> facts = new LinkedHashMap<>();
        data.forEach((key, value) -> facts.put(key, plain(value)));
        body.put("data", facts);
        String payload;
        try {
            payload = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        IntegrationEvent event = events.save(new IntegrationEvent(id, type.code(), partnerId, now, payload));
        for (WebhookEndpoint endpoint : endpoints.findAll()) {
            if (endpoint.subscribesTo(type)) {
                deliveries.save(new WebhookDelivery(endpoint.getId(), event.getId(), now));
            }
        }
        return event;
    }

    private static Object plain(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor || value instanceof java.math.BigDecimal) {
            return value.toString();
        }
        return value;
    }
}
