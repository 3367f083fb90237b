package dev.partnerprogram.web.handover;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.handover.HandoverKind;
import dev.partnerprogram.handover.HandoverRequest;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.inbox.TaskPages;
import dev.partnerprogram.web.marketing.MarketingForms;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiMessages;
import dev.partnerprogram.workflow.handover.HandoverView;
import dev.partnerprogram.workflow.handover.HandoverWorkflow;
import dev.partnerprogram.workflow.task.SubjectType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
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
    private final TaskPages tasks;
    private final UiMessages messages;

    HandoverController(HandoverWorkflow workflow, TaskPages tasks, UiMessages messages) {
        this.workflow = workflow;
        this.tasks = tasks;
        this.messages = messages;
    }

    @GetMapping("/handovers")
    String list(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("handovers", workflow.list(caller, PageRequest.of(Math.max(page, 0), 20)));
        return VIEW_LIST;
    }

    @GetMapping("/handovers/new")
    String form(Model model) {
        return showForm(model, new HashMap<>());
    }

    @PostMapping("/handovers")
    String offer(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        try {
            List<FieldViolation> errors = new ArrayList<>();
            HandoverKind kind = MarketingForms.choice(errors, "kind", form.get("kind"), HandoverKind.class);
            MarketingForms.throwIfAny(errors);
            HandoverView view = workflow.offer(caller, new HandoverRequest(form.get("title"), form.get("customerName"),
                    form.get("region"), kind));
            Flash.success(redirect, "handover.notice.offered");
            return "redirect:/handovers/" + view.id();
        } catch (InvalidInputException e) {
            MarketingForms.errors(model, e, messages);
            return showForm(model, form);
        }
    }

    @GetMapping("/handovers/{id}")
    String details(Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("h", workflow.get(caller, id));
        tasks.offer(caller, SUBJECT, id, model);
        return VIEW_DETAILS;
    }

    /** Completes the caller's open task on this handover (the offer's answer) with the posted form. */
    @PostMapping("/handovers/{id}/task")
    String task(Caller caller, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
                RedirectAttributes redirect) {
        return tasks.complete(caller, SUBJECT, id, form, model, redirect, () -> details(caller, id, model));
    }

    private String showForm(Model model, Map<String, String> form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", HandoverKind.values());
        return VIEW_FORM;
    }
}
