package dev.partnerprogram.workflow.integration;

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.integration.IntegrationEvent;
import dev.partnerprogram.integration.IntegrationFeed;
import dev.partnerprogram.integration.WebhookAdministration;
import dev.partnerprogram.integration.WebhookEndpoint;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * What other systems are told: the webhook endpoints, their delivery logs and the pull feed of the same events. All of
 * it is the administrators' (the feed is read by integrations with an administrator's account).
 */
@Component
public class Integrations {
    private final WebhookAdministration webhooks;
    private final IntegrationFeed feed;

    public Integrations(WebhookAdministration webhooks, IntegrationFeed feed) {
        this.webhooks = webhooks;
        this.feed = feed;
    }

    public WebhookEndpoint register(Caller caller, String url, List<String> events, String secret) {
        admin(caller);
        return webhooks.register(url, events, secret, caller.username());
    }

    public WebhookEndpoint change(Caller caller, long id, String url, List<String> events, String secret) {
        admin(caller);
        return webhooks.change(id, url, events, secret);
    }

    public WebhookEndpoint pause(Caller caller, long id) {
        admin(caller);
        return webhooks.pause(id);
    }

    public List<WebhookEndpoint> endpoints(Caller caller) {
        admin(caller);
        return webhooks.list();
    }

    public WebhookEndpoint endpoint(Caller caller, long id) {
        admin(caller);
        return webhooks.get(id);
    }

    public Page<WebhookAdministration.DeliveryLine> deliveries(Caller caller, long endpointId, Pageable page) {
        admin(caller);
        return webhooks.deliveries(endpointId, page);
    }

    public WebhookAdministration.DeliveryLine retry(Caller caller, long endpointId, long deliveryId) {
        admin(caller);
        return webhooks.retry(endpointId, deliveryId);
    }

    public WebhookEndpoint resume(Caller caller, long endpointId) {
        admin(caller);
        return webhooks.resume(endpointId);
    }

    public List<IntegrationEvent> feed(Caller caller, long after, int limit) {
        admin(caller);
        return feed.after(after, limit);
    }

    private static void admin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new ForbiddenException("forbidden.role");
        }
    }
}
