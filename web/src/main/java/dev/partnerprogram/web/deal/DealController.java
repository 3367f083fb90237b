package dev.partnerprogram.web.deal;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.deal.DealRequest;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.comment.CommentsCard;
import dev.partnerprogram.web.inbox.TaskPages;
import dev.partnerprogram.web.marketing.MarketingForms;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiMessages;
import dev.partnerprogram.workflow.deal.DealView;
import dev.partnerprogram.workflow.deal.DealWorkflow;
import dev.partnerprogram.workflow.task.SubjectType;
import java.math.BigDecimal;
import java.time.LocalDate;
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
    private final TaskPages tasks;
    private final CommentsCard comments;
    private final UiMessages messages;

    DealController(DealWorkflow workflow, TaskPages tasks, CommentsCard comments, UiMessages messages) {
        this.workflow = workflow;
        this.tasks = tasks;
        this.comments = comments;
        this.messages = messages;
    }

    @GetMapping("/deals")
    String list(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("deals", workflow.list(caller, PageRequest.of(Math.max(page, 0), 20)));
        return VIEW_LIST;
    }

    @GetMapping("/deals/new")
    String form(Model model) {
        return showForm(model, new HashMap<>());
    }

    @PostMapping("/deals")
    String register(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        try {
            List<FieldViolation> errors = new ArrayList<>();
            BigDecimal amount = MarketingForms.money(errors, "expectedAmount", form.get("expectedAmount"));
            LocalDate closeDate = MarketingForms.date(errors, "expectedCloseDate", form.get("expectedCloseDate"));
            Integer licenses = MarketingForms.integer(errors, "expectedLicenses", form.get("expectedLicenses"));
            MarketingForms.throwIfAny(errors);
            DealView view = workflow.register(caller, new DealRequest(form.get("customerName"), form.get("customerTaxId"),
                    form.get("region"), licenses, amount, closeDate, "true".equals(form.get("joint"))));
            Flash.success(redirect, "deal.notice.registered");
            return "redirect:/deals/" + view.id();
        } catch (InvalidInputException e) {
            MarketingForms.errors(model, e, messages);
            return showForm(model, form);
        }
    }

    @GetMapping("/deals/{id}")
    String details(Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("d", workflow.get(caller, id));
        tasks.offer(caller, SUBJECT, id, model);
        comments.show(caller, SUBJECT.code(), id, model);
        return VIEW_DETAILS;
    }

    /** Completes the caller's open task on this deal with the posted form. */
    @PostMapping("/deals/{id}/task")
    String task(Caller caller, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
                RedirectAttributes redirect) {
        return tasks.complete(caller, SUBJECT, id, form, model, redirect, () -> details(caller, id, model));
    }

    private String showForm(Model model, Map<String, String> form) {
        model.addAttribute("form", form);
        return VIEW_FORM;
    }
}
