package dev.partnerprogram.web.request;

import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.request.NewPartnerRequest;
import dev.partnerprogram.request.PartnerRequestKind;
import dev.partnerprogram.request.VendorEvent;
import dev.partnerprogram.web.inbox.SubjectPageController;
import dev.partnerprogram.web.inbox.SubjectPages;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.request.PartnerRequestWorkflow;
import dev.partnerprogram.workflow.task.SubjectType;
import java.util.HashMap;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Partner requests: the partner's requests and a new one; the staff's list by kind; a request's page with the answering
 * group's task through the one task form. Not a {@code SubjectController}: its list is filtered by kind.
 */
@PageController
@RequestMapping("/partner-requests")
class PartnerRequestController extends SubjectPageController {
    static final String VIEW_LIST = "requests/list";
    static final String VIEW_FORM = "requests/form";
    static final String VIEW_DETAILS = "requests/details";

    private final PartnerRequestWorkflow workflow;

    PartnerRequestController(PartnerRequestWorkflow workflow, SubjectPages pages) {
        super(SubjectType.PARTNER_REQUEST, pages);
        this.workflow = workflow;
    }

    @GetMapping
    String list(Caller caller, @RequestParam(required = false) PartnerRequestKind kind, @RequestParam(defaultValue = "0") int page,
                Model model) {
        model.addAttribute("requests", workflow.list(caller, kind, UiPaging.of(page)));
        model.addAttribute("kinds", PartnerRequestKind.values());
        model.addAttribute("kind", kind);
        return VIEW_LIST;
    }

    @GetMapping("/new")
    String form(Caller caller, Model model) {
        return showForm(caller, model, new HashMap<>());
    }

    @PostMapping
    String submit(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return pages.submit(subject, form, in -> new NewPartnerRequest(in.choice("kind", PartnerRequestKind.class),
                        in.id("solutionId"), in.text("customerName"), in.choice("event", VendorEvent.class),
                        in.choice("eventRole", VendorEvent.Role.class), in.integer("hours"), in.text("details")),
                request -> workflow.submit(caller, request).id(), "request.notice.submitted", model, redirect,
                () -> showForm(caller, model, form));
    }

    @Override
    @GetMapping("/{id}")
    protected String details(Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("r", workflow.get(caller, id));
        pages.offer(caller, subject, id, model);
        return VIEW_DETAILS;
    }

    private String showForm(Caller caller, Model model, Map<String, String> form) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", PartnerRequestKind.values());
        model.addAttribute("solutions", workflow.solutions(caller));
        model.addAttribute("events", VendorEvent.values());
        model.addAttribute("roles", VendorEvent.Role.values());
        return VIEW_FORM;
    }
}
