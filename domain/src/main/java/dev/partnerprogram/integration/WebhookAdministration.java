package dev.partnerprogram.integration;

import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.NotFoundException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Administrators register endpoints, read each one's delivery log, send a delivery again, resume a paused endpoint. */
@Component
public class WebhookAdministration {
    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final IntegrationEventRepository events;
    private final Clock clock;

    public WebhookAdministration(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries,
                                 IntegrationEventRepository events, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public WebhookEndpoint register(String url, List<String> eventTypes, String secret, String actor) {
        List<FieldViolation> errors = new ArrayList<>();
        if (FieldChecks.require(errors, "url", url, 2000) && !httpUrl(url)) {
            errors.add(new FieldViolation("url", "error.webhook.url"));
        }
        List<EventType> types = new ArrayList<>();
        if (eventTypes == null || eventTypes.isEmpty()) {
            errors.add(new FieldViolation("events", "error.required"));
        } else {
            for (String code : eventTypes) {
                EventType.byCode(code).ifPresentOrElse(t -> {
                    if (!types.contains(t)) {
                        types.add(t);
                    }
                }, () -> errors.add(new FieldViolation("events", "error.webhook.eventType", String.valueOf(code))));
            }
        }
        if (FieldChecks.require(errors, "secret", secret, 200) && secret.length() < 16) {
            errors.add(new FieldViolation("secret", "error.webhook.secret", 16));
        }
        FieldChecks.throwIfAny(errors);
        return endpoints.save(new WebhookEndpoint(url.trim(), types, secret, clock.instant(), actor));
    }

    private static boolean httpUrl(String url) {
        try {
            URI uri = URI.create(url.trim());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Transactional(readOnly = true)
    public List<WebhookEndpoint> list() {
        return endpoints.findAll(org.springframework.data.domain.Sort.by("id"));
    }

    @Transactional(readOnly = true)
    public WebhookEndpoint get(long id) {
        return endpoints.findById(id).orElseThrow(() -> new NotFoundException("problem.notFound"));
    }

    /** An endpoint's delivery log, newest first, each with its event. */
    @Transactional(readOnly = true)
    public Page<DeliveryLine> deliveries(long endpointId, Pageable page) {
        get(endpointId);
        return deliveries.findByEndpointIdOrderByIdDesc(endpointId, page)
                .map(d -> new DeliveryLine(d, events.findById(d.getEventId()).orElseThrow()));
    }

    public record DeliveryLine(WebhookDelivery delivery, IntegrationEvent event) {}

    @Transactional
    public DeliveryLine retry(long endpointId, long deliveryId) {
        WebhookDelivery delivery = deliveries.findByIdAndEndpointId(deliveryId, endpointId)
                .orElseThrow(() -> new NotFoundException("problem.notFound"));
        delivery.retryNow(clock.instant());
        return new DeliveryLine(delivery, events.findById(delivery.getEventId()).orElseThrow());
    }

    @Transactional
    public WebhookEndpoint resume(long endpointId) {
        WebhookEndpoint endpoint = get(endpointId);
        endpoint.resume();
        return endpoint;
    }

}
