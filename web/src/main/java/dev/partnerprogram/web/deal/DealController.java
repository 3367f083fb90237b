package dev.partnerprogram.web.deal;

import dev.partnerprogram.deal.DealRequest;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.inbox.SubjectController;
import dev.partnerprogram.web.inbox.SubjectPages;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.workflow.deal.DealView;
import dev.partnerprogram.workflow.deal.DealWorkflow;
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

/**
 * Deals: the partner's deals with their protection dates and a new registration; the staff's list, conflicts first; a
 * deal's page with the other registrations of its customer (staff) and its open task, the managers' decision or the
 * partner's outcome, through the one task form.
 */
@PageController
@RequestMapping("/deals")
class DealController extends SubjectController {
    static final String VIEW_DETAILS = "deals/details";

    private final DealWorkflow workflow;

    DealController(DealWorkflow workflow, SubjectPages pages) {
        super(SubjectType.DEAL, "deals", "deals", pages);
        this.workflow = workflow;
    }

    @Override
    protected Page<DealView> listed(Caller caller, Pageable page) {
        return workflow.list(caller, page);
    }

    @PostMapping
    String register(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return pages.submit(subject, form, in -> new DealRequest(in.text("customerName"), in.text("customerTaxId"),
                        in.text("region"), in.integer("expectedLicenses"), in.money("expectedAmount"),
                        in.date("expectedCloseDate"), "true".equals(form.get("joint"))),
                request -> workflow.register(caller, request).id(), "deal.notice.registered", model, redirect,
                () -> showForm(caller, model, form));
    }

    @Override
    @GetMapping("/{id}")
    protected String details(Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("d", workflow.get(caller, id));
        return pages.show(caller, subject, id, model, VIEW_DETAILS);
    }
}
