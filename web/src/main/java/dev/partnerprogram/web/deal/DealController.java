package dev.partnerprogram.web.deal;

import dev.partnerprogram.deal.DealRequest;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.inbox.SubjectPages;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.deal.DealWorkflow;
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

/**
 * Deals: the partner's deals with their protection dates and a new registration; the staff's list, conflicts first; a
 * deal's page with the other registrations of its customer (staff) and its open task, the managers' decision or the
 * partner's outcome, through the one task form.
 */
@PageController
class DealController {
    static final String VIEW_LIST = "deals/list";
    static final String VIEW_FORM = "deals/form";
    static final String VIEW_DETAILS = "deals/details";
    private static final SubjectType SUBJECT = SubjectType.DEAL;

    private final DealWorkflow workflow;
    private final SubjectPages pages;

    DealController(DealWorkflow workflow, SubjectPages pages) {
        this.workflow = workflow;
        this.pages = pages;
    }

    @GetMapping("/deals")
    String list(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("deals", workflow.list(caller, UiPaging.of(page)));
        return VIEW_LIST;
    }

    @GetMapping("/deals/new")
    String form(Model model) {
        return showForm(model, new HashMap<>());
    }

    @PostMapping("/deals")
    String register(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return pages.submit(SUBJECT, form, in -> new DealRequest(in.text("customerName"), in.text("customerTaxId"),
                        in.text("region"), in.integer("expectedLicenses"), in.money("expectedAmount"),
                        in.date("expectedCloseDate"), "true".equals(form.get("joint"))),
                request -> workflow.register(caller, request).id(), "deal.notice.registered", model, redirect,
                () -> showForm(model, form));
    }

    @GetMapping("/deals/{id}")
    String details(Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("d", workflow.get(caller, id));
        return pages.show(caller, SUBJECT, id, model, VIEW_DETAILS);
    }

    /** Completes the caller's open task on this deal with the posted form. */
    @PostMapping("/deals/{id}/task")
    String task(Caller caller, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
                RedirectAttributes redirect) {
        return pages.complete(caller, SUBJECT, id, form, model, redirect, () -> details(caller, id, model));
    }

    private String showForm(Model model, Map<String, String> form) {
        model.addAttribute("form", form);
        return VIEW_FORM;
    }
}
