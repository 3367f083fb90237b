package dev.partnerprogram.web.handover;

import dev.partnerprogram.handover.HandoverKind;
import dev.partnerprogram.handover.HandoverRequest;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.inbox.SubjectController;
import dev.partnerprogram.web.inbox.SubjectPages;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.workflow.handover.HandoverView;
import dev.partnerprogram.workflow.handover.HandoverWorkflow;
import dev.partnerprogram.workflow.task.SubjectType;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Handovers: the managers' list and new offer, a partner's offers, and one handover with the offer's answer form. */
@PageController
@RequestMapping("/handovers")
class HandoverController extends SubjectController {
    static final String VIEW_DETAILS = "handovers/details";

    private final HandoverWorkflow workflow;

    HandoverController(HandoverWorkflow workflow, SubjectPages pages) {
        super(SubjectType.HANDOVER, "handovers", "handovers", pages);
        this.workflow = workflow;
    }

    @Override
    protected Page<HandoverView> listed(Caller caller, Pageable page) {
        return workflow.list(caller, page);
    }

    @PostMapping
    String offer(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return pages.submit(subject, form, in -> new HandoverRequest(in.text("title"), in.text("customerName"),
                        in.text("region"), in.choice("kind", HandoverKind.class)),
                request -> workflow.offer(caller, request).id(), "handover.notice.offered", model, redirect,
                () -> showForm(caller, model, form));
    }

    /** The handover with the offer's answer form; a handover has no comments. */
    @Override
    @GetMapping("/{id}")
    protected String details(Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("h", workflow.get(caller, id));
        pages.offer(caller, subject, id, model);
        return VIEW_DETAILS;
    }

    @Override
    protected void offerChoices(Caller caller, Model model) {
        model.addAttribute("kinds", HandoverKind.values());
    }
}
