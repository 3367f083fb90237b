package dev.partnerprogram.web.integration;

import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.common.ProblemException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.integration.EventType;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.integration.Integrations;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators' pages for outbound webhooks: the endpoints, registering one, and per endpoint its settings, pausing
 * and resuming it, and its delivery log with a retry per delivery. The same facade as the API's.
 */
@PageController
class WebhookPages {
    static final String VIEW_LIST = "integration/webhooks";
    static final String VIEW_ENDPOINT = "integration/webhook";

    /** What a form sent back, shown again with the problem when it is refused. The secret is never shown again. */
    record WebhookForm(String url, List<String> events) {
        static WebhookForm of(String url, List<String> events) {
            return new WebhookForm(url, events == null ? List.of() : events);
        }
    }

    private final Integrations integrations;

    WebhookPages(Integrations integrations) {
        this.integrations = integrations;
    }

    @GetMapping("/admin/webhooks")
    String list(Caller caller, Model model) {
        model.addAttribute("endpoints", integrations.endpoints(caller));
        model.addAttribute("eventTypes", codes());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", WebhookForm.of("", List.of()));
        }
        return VIEW_LIST;
    }

    @PostMapping("/admin/webhooks")
    String register(Caller caller, @RequestParam(defaultValue = "") String url, @RequestParam(required = false) List<String> events,
                    @RequestParam(defaultValue = "") String secret, Model model, RedirectAttributes redirect) {
        try {
            long id = integrations.register(caller, url, events, secret).getId();
            Flash.success(redirect, "webhooks.notice.registered", id);
            return "redirect:/admin/webhooks/" + id;
        } catch (ProblemException e) {
            Flash.problemNow(model, e);
            model.addAttribute("form", WebhookForm.of(url, events));
            return list(caller, model);
        }
    }

    @GetMapping("/admin/webhooks/{id}")
    String endpoint(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        var endpoint = integrations.endpoint(caller, id);
        model.addAttribute("endpoint", endpoint);
        model.addAttribute("deliveries", integrations.deliveries(caller, id, UiPaging.of(page)));
        model.addAttribute("eventTypes", codes());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", WebhookForm.of(endpoint.getUrl(), endpoint.getEventTypes()));
        }
        return VIEW_ENDPOINT;
    }

    @PostMapping("/admin/webhooks/{id}")
    String change(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "") String url,
                  @RequestParam(required = false) List<String> events, @RequestParam(defaultValue = "") String secret,
                  Model model, RedirectAttributes redirect) {
        try {
            integrations.change(caller, id, url, events, secret);
            Flash.success(redirect, "webhooks.notice.changed", id);
            return "redirect:/admin/webhooks/" + id;
        } catch (NotFoundException e) {
            throw e;
        } catch (ProblemException e) {
            Flash.problemNow(model, e);
            model.addAttribute("form", WebhookForm.of(url, events));
            return endpoint(caller, id, 0, model);
        }
    }

    @PostMapping("/admin/webhooks/{id}/pause")
    String pause(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
        integrations.pause(caller, id);
        Flash.success(redirect, "webhooks.notice.paused", id);
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/admin/webhooks/{id}/resume")
    String resume(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
        integrations.resume(caller, id);
        Flash.success(redirect, "webhooks.notice.resumed", id);
        return "redirect:/admin/webhooks/" + id;
    }

    @PostMapping("/admin/webhooks/{id}/deliveries/{deliveryId}/retry")
    String retry(Caller caller, @PathVariable long id, @PathVariable long deliveryId, RedirectAttributes redirect) {
        integrations.retry(caller, id, deliveryId);
        Flash.success(redirect, "webhooks.notice.retried", deliveryId);
        return "redirect:/admin/webhooks/" + id;
    }

    private static List<String> codes() {
        return java.util.Arrays.stream(EventType.values()).map(EventType::code).toList();
    }
}
