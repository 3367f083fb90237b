package dev.partnerprogram.web.certification;

import dev.partnerprogram.application.RequestedStatus;
import dev.partnerprogram.certification.DesignationService.Evidence;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.training.CourseKind;
import dev.partnerprogram.web.marketing.MarketingForms;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.FormErrors;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiMessages;
import dev.partnerprogram.workflow.certification.DesignationWorkflow;
import dev.partnerprogram.workflow.training.TrainingWorkflow;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A partner applies for Certified Training Center or Certified Developer Partner with its evidence. */
@PageController
class DesignationController {
    static final String VIEW_FORM = "applications/designation";

    private final DesignationWorkflow designations;
    private final TrainingWorkflow training;
    private final UiMessages messages;

    DesignationController(DesignationWorkflow designations, TrainingWorkflow training, UiMessages messages) {
        this.designations = designations;
        this.training = training;
        this.messages = messages;
    }

    @GetMapping("/applications/designation")
    String form(Caller caller, @RequestParam(defaultValue = "TRAINING_CENTER") RequestedStatus kind, Model model) {
        Map<String, String> form = new HashMap<>();
        form.put("requestedStatus", kind.isDesignation() ? kind.name() : RequestedStatus.TRAINING_CENTER.name());
        return show(caller, model, form, List.of());
    }

    @PostMapping("/applications/designation")
    String submit(Caller caller, @RequestParam Map<String, String> form,
                  @RequestParam(name = "courses", required = false) List<String> courses, Model model, RedirectAttributes redirect) {
        List<String> chosen = courses == null ? List.of() : courses;
        try {
            RequestedStatus requested = RequestedStatus.valueOf(form.getOrDefault("requestedStatus", ""));
            long id = designations.submit(caller, requested, new Evidence(form.get("platform"), chosen,
                    form.get("solutions"), form.get("supportArrangements")));
            Flash.success(redirect, "application.submitted", String.valueOf(id));
            return "redirect:/applications/" + id;
        } catch (IllegalArgumentException e) {
            model.addAttribute("fieldErrors", Map.of("requestedStatus", messages.get("error.choice")));
        } catch (InvalidInputException e) {
            model.addAttribute("fieldErrors", FormErrors.texts(e.violations(), messages));
        } catch (ConflictException | ForbiddenException e) {
            Flash.problemNow(model, e);
        }
        return show(caller, model, form, chosen);
    }

    private String show(Caller caller, Model model, Map<String, String> form, List<String> chosen) {
        model.addAttribute("form", form);
        model.addAttribute("chosen", chosen);
        model.addAttribute("kinds", Arrays.stream(RequestedStatus.values()).filter(RequestedStatus::isDesignation).toList());
        model.addAttribute("courses", training.catalogue(caller, (CourseKind) null, PageRequest.of(0, 100)).getContent());
        return VIEW_FORM;
    }
}
