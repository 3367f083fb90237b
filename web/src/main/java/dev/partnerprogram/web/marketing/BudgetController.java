package dev.partnerprogram.web.marketing;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiMessages;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.compensation.CompensationWorkflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Managers' budgets: per region and period with reserved, paid and available; its ledger and its activities. */
@PageController
class BudgetController {
    static final String VIEW_LIST = "manager/budgets";
    static final String VIEW_DETAILS = "manager/budget";

    private final CompensationWorkflow workflow;
    private final UiMessages messages;

    BudgetController(CompensationWorkflow workflow, UiMessages messages) {
        this.workflow = workflow;
        this.messages = messages;
    }

    @GetMapping("/manager/budgets")
    String list(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("budgets", workflow.budgets(caller, UiPaging.of(page)));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return VIEW_LIST;
    }

    @PostMapping("/manager/budgets")
    String create(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        try {
            List<FieldViolation> errors = new ArrayList<>();
            Integer year = MarketingForms.integer(errors, "year", form.get("year"));
            Integer quarter = MarketingForms.integer(errors, "quarter", form.get("quarter"));
            var amount = MarketingForms.money(errors, "amount", form.get("amount"));
            MarketingForms.throwIfAny(errors);
            var budget = workflow.createBudget(caller, form.get("region"), year, quarter, amount);
            Flash.success(redirect, "mdf.notice.budgetCreated");
            return "redirect:/manager/budgets/" + budget.id();
        } catch (InvalidInputException e) {
            MarketingForms.errors(model, e, messages);
        } catch (ConflictException e) {
            Flash.problemNow(model, e);
        }
        model.addAttribute("form", form);
        return list(caller, 0, model);
    }

    @GetMapping("/manager/budgets/{id}")
    String details(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("budget", workflow.budget(caller, id));
        model.addAttribute("ledger", workflow.ledger(caller, id, UiPaging.of(page)));
        model.addAttribute("activities", workflow.list(caller, null, id, PageRequest.of(0, 100)));
        return VIEW_DETAILS;
    }

    @PostMapping("/manager/budgets/{id}/allocation")
    String allocate(Caller caller, @PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            List<FieldViolation> errors = new ArrayList<>();
            var amount = MarketingForms.money(errors, "amount", form.get("amount"));
            Long partnerId = null;
            if (form.get("partnerId") != null && !form.get("partnerId").isBlank()) {
                Integer parsed = MarketingForms.integer(errors, "partnerId", form.get("partnerId"));
                partnerId = parsed == null ? null : parsed.longValue();
            }
            MarketingForms.throwIfAny(errors);
            workflow.setAllocation(caller, id, partnerId, amount, form.get("note"));
            Flash.success(redirect, "mdf.notice.allocationSet");
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            Flash.problem(redirect, e);
        }
        return "redirect:/manager/budgets/" + id;
    }
}
