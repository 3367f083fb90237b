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

/**
 * Administrators register and change endpoints, read each one's delivery log, send a delivery again, pause an endpoint
 * and resume it.
 */
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
        List<EventType> types = checked(url, eventTypes, secret, true);
        return endpoints.save(new WebhookEndpoint(url.trim(), types, secret, clock.instant(), actor));
    }

    /** Changes the address and the event types; a blank secret keeps the one the receiver already has. */
    @Transactional
    public WebhookEndpoint change(long id, String url, List<String> eventTypes, String secret) {
        WebhookEndpoint endpoint = get(id);
        boolean newSecret = secret != null && !secret.isBlank();
        List<EventType> types = checked(url, eventTypes, secret, newSecret);
        endpoint.change(url.trim(), types, newSecret ? secret : null);
        return endpoint;
    }

    @Transactional
    public WebhookEndpoint pause(long id) {
        WebhookEndpoint endpoint = get(id);
        endpoint.pause(clock.instant());
        return endpoint;
    }

    /** Every broken field at once; answers the event types, each once, in the order given. */
    private static List<EventType> checked(String url, List<String> eventTypes, String secret, boolean secretGiven) {
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
        if (secretGiven && FieldChecks.require(errors, "secret", secret, 200) && secret.length() < 16) {
            errors.add(new FieldViolation("secret", "error.webhook.secret", 16));
        }
        FieldChecks.throwIfAny(errors);
        return types;
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
