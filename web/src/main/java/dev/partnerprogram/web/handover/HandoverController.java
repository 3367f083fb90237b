package dev.partnerprogram.web.handover;

import dev.partnerprogram.handover.HandoverKind;
import dev.partnerprogram.handover.HandoverRequest;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.inbox.SubjectPages;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.handover.HandoverWorkflow;
import dev.partnerprogram.workflow.task.SubjectType;
import java.util.HashMap;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Handovers: the managers' list and new offer, a partner's offers, and one handover with the offer's answer form. */
@PageController
class HandoverController {
    static final String VIEW_LIST = "handovers/list";
    static final String VIEW_FORM = "handovers/form";
    static final String VIEW_DETAILS = "handovers/details";
    private static final SubjectType SUBJECT = SubjectType.HANDOVER;

    private final HandoverWorkflow workflow;
    private final SubjectPages pages;

    HandoverController(HandoverWorkflow workflow, SubjectPages pages) {
        this.workflow = workflow;
        this.pages = pages;
    }

    @GetMapping("/handovers")
    String list(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("handovers", workflow.list(caller, UiPaging.of(page)));
        return VIEW_LIST;
    }

    @GetMapping("/handovers/new")
    String form(Model model) {
        return showForm(model, new HashMap<>());
    }

    @PostMapping("/handovers")
    String offer(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return pages.submit(SUBJECT, form, in -> new HandoverRequest(in.text("title"), in.text("customerName"),
                        in.text("region"), in.choice("kind", HandoverKind.class)),
                request -> workflow.offer(caller, request).id(), "handover.notice.offered", model, redirect,
                () -> showForm(model, form));
    }

    /** The handover with the offer's answer form; a handover has no comments. */
    @GetMapping("/handovers/{id}")
    String details(Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("h", workflow.get(caller, id));
        pages.offer(caller, SUBJECT, id, model);
        return VIEW_DETAILS;
    }

    /** Completes the caller's open task on this handover (the offer's answer) with the posted form. */
    @PostMapping("/handovers/{id}/task")
    String task(Caller caller, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
                RedirectAttributes redirect) {
        return pages.complete(caller, SUBJECT, id, form, model, redirect, () -> details(caller, id, model));
    }

    private String showForm(Model model, Map<String, String> form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", HandoverKind.values());
        return VIEW_FORM;
    }
}
