package dev.partnerprogram.web.agreement;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.FormErrors;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiMessages;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.agreement.AgreementWorkflow;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partner's agreement as its users and the vendor's staff see it: term, state, days left, access and trail; a manager
 * asks here to terminate it (a second manager approves in the inbox). A company that joined again after a termination
 * also lists its earlier agreements, each with its own page of term, access and trail.
 */
@PageController
class AgreementController {
    static final String VIEW_AGREEMENT = "agreement/agreement";
    static final String VIEW_EARLIER = "agreement/earlier";

    private final AgreementWorkflow agreements;
    private final UiMessages messages;

    AgreementController(AgreementWorkflow agreements, UiMessages messages) {
        this.agreements = agreements;
        this.messages = messages;
    }

    @GetMapping("/partners/{id}/agreement")
    String agreement(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "0") int agreementsPage, Model model) {
        model.addAttribute("view", agreements.agreement(caller, id));
        model.addAttribute("agreements", agreements.agreementList(caller, id, UiPaging.of(agreementsPage)));
        model.addAttribute("partnerId", id);
        model.addAttribute("mayTerminate", caller.has(Role.MANAGER));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return VIEW_AGREEMENT;
    }

    /** One of the partner's agreements, an earlier one as a rule (the current one has the page above). */
    @GetMapping("/partners/{id}/agreements/{agreementId}")
    String oneOfTheAgreements(Caller caller, @PathVariable long id, @PathVariable long agreementId, Model model) {
        model.addAttribute("view", agreements.agreement(caller, id, agreementId));
        model.addAttribute("partnerId", id);
        return VIEW_EARLIER;
    }

    @PostMapping("/partners/{id}/agreement/termination")
    String terminate(Caller caller, @PathVariable long id, @RequestParam Map<String, String> form, Model model,
                     RedirectAttributes redirect) {
        try {
            List<FieldViolation> errors = new ArrayList<>();
            LocalDate effective = date(errors, form.get("effectiveDate"));
            if (effective == null && errors.isEmpty()) {
                errors.add(new FieldViolation("effectiveDate", "error.required"));
            }
            String reason = form.get("reason");
            if (reason == null || reason.isBlank()) {
                errors.add(new FieldViolation("reason", "error.required"));
            }
            FieldChecks.throwIfAny(errors);
            var termination = agreements.requestTermination(caller, id, reason, effective);
            Flash.success(redirect, "agreement.termination.requested", termination.getEffectiveOn().toString());
            return "redirect:/partners/" + id + "/agreement";
        } catch (InvalidInputException e) {
            model.addAttribute("fieldErrors", FormErrors.texts(e.violations(), messages));
            model.addAttribute("form", form);
            return agreement(caller, id, 0, model);
        } catch (ConflictException | ForbiddenException e) {
            Flash.problemNow(model, e);
            model.addAttribute("form", form);
            return agreement(caller, id, 0, model);
        }
    }

    private static LocalDate date(List<FieldViolation> errors, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeException e) {
            errors.add(new FieldViolation("effectiveDate", "error.date"));
            return null;
        }
    }
}
