package dev.partnerprogram.web.tier;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.partner.BenefitsService;
import dev.partnerprogram.partner.ConsultationService;
import dev.partnerprogram.partner.LicenceService;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.upgrade.DevelopmentPlanService;
import dev.partnerprogram.upgrade.EligibilityService;
import dev.partnerprogram.upgrade.PartnerYearService;
import dev.partnerprogram.upgrade.ProjectService;
import dev.partnerprogram.web.comment.CommentsCard;
import dev.partnerprogram.web.marketing.MarketingForms;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.FormErrors;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiMessages;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskInbox;
import dev.partnerprogram.workflow.upgrade.UpgradeWorkflow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Vendor staff's view of one partner's tier: its progress and benefits, the projects to confirm, the development plan,
 * consultations given and licences requested, and the yearly reviews (with a flagged partner's decision in place);
 * and the queue of what waits for staff across partners.
 */
@PageController
class PartnerTierController {
    static final String VIEW_PARTNER = "upgrade/staff";
    static final String VIEW_QUEUE = "upgrade/queue";
    private static final String SUBJECT = "partner";

    private final UpgradeWorkflow upgrades;
    private final PartnerService partners;
    private final BenefitsService benefits;
    private final ProjectService projects;
    private final DevelopmentPlanService plans;
    private final PartnerYearService years;
    private final EligibilityService eligibility;
    private final ConsultationService consultations;
    private final LicenceService licences;
    private final TaskInbox inbox;
    private final UiMessages messages;
    private final CommentsCard comments;

    PartnerTierController(UpgradeWorkflow upgrades, PartnerService partners, BenefitsService benefits, ProjectService projects,
                          DevelopmentPlanService plans, PartnerYearService years, EligibilityService eligibility,
                          ConsultationService consultations, LicenceService licences, TaskInbox inbox, UiMessages messages,
                          CommentsCard comments) {
        this.upgrades = upgrades;
        this.partners = partners;
        this.benefits = benefits;
        this.projects = projects;
        this.plans = plans;
        this.years = years;
        this.eligibility = eligibility;
        this.consultations = consultations;
        this.licences = licences;
        this.inbox = inbox;
        this.messages = messages;
        this.comments = comments;
    }

    @GetMapping("/partners/{id}/tier")
    String partner(Caller caller, @PathVariable long id, Model model) {
        return show(caller, id, model, new HashMap<>());
    }

    @GetMapping("/staff/partners")
    String queue(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        requireStaff(caller);
        model.addAttribute("pendingProjects", projects.pending(UiPaging.of(page)));
        model.addAttribute("openLicences", licences.open(UiPaging.of(0)));
        model.addAttribute("flagged", caller.has(Role.MANAGER) ? years.flagged(UiPaging.of(0)) : null);
        return VIEW_QUEUE;
    }

    @PostMapping("/partners/{id}/projects/{projectId}/review")
    String reviewProject(Caller caller, @PathVariable long id, @PathVariable long projectId, @RequestParam String decision,
                         @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        requireStaff(caller);
        if (projects.get(projectId).getPartnerId() != id) {
            throw new NotFoundException("notFound.project");
        }
        return act(redirect, id, "#projects", () -> projects.review(projectId, "CONFIRM".equals(decision), comment, caller.username()),
                "project.reviewed");
    }

    @PostMapping("/partners/{id}/plan/items")
    String addPlanItem(Caller caller, @PathVariable long id, @RequestParam Map<String, String> form, Model model,
                       RedirectAttributes redirect) {
        requireStaff(caller);
        List<FieldViolation> errors = new ArrayList<>();
        LocalDate due = MarketingForms.date(errors, "dueOn", form.get("dueOn"));
        if (errors.isEmpty()) {
            try {
                plans.addItem(id, form.get("title"), due, caller.username());
                Flash.success(redirect, "plan.itemAdded");
                return "redirect:/partners/" + id + "/tier#plan";
            } catch (InvalidInputException e) {
                errors.addAll(e.violations());
            }
        }
        model.addAttribute("fieldErrors", FormErrors.texts(errors, messages));
        return show(caller, id, model, form);
    }

    @PostMapping("/partners/{id}/plan/items/{itemId}")
    String markPlanItem(Caller caller, @PathVariable long id, @PathVariable long itemId, @RequestParam boolean done,
                        RedirectAttributes redirect) {
        requireStaff(caller);
        if (plans.item(itemId).getPartnerId() != id) {
            throw new NotFoundException("notFound.planItem");
        }
        return act(redirect, id, "#plan", () -> plans.mark(itemId, done, caller.username()), "plan.itemMarked");
    }

    @PostMapping("/partners/{id}/consultations")
    String logConsultation(Caller caller, @PathVariable long id, @RequestParam Map<String, String> form, Model model,
                           RedirectAttributes redirect) {
        requireStaff(caller);
        List<FieldViolation> errors = new ArrayList<>();
        LocalDate day = MarketingForms.date(errors, "consultedOn", form.get("consultedOn"));
        Integer hours = MarketingForms.integer(errors, "hours", form.get("hours"));
        if (errors.isEmpty()) {
            try {
                consultations.log(id, new ConsultationService.NewConsultation(day, hours, form.get("topic")), caller.username());
                Flash.success(redirect, "consultation.logged", String.valueOf(hours));
                return "redirect:/partners/" + id + "/tier#consultations";
            } catch (InvalidInputException e) {
                errors.addAll(e.violations());
            } catch (ConflictException e) {
                Flash.problemNow(model, e);
            }
        }
        model.addAttribute("fieldErrors", FormErrors.texts(errors, messages));
        return show(caller, id, model, form);
    }

    @PostMapping("/partners/{id}/licences/{requestId}")
    String decideLicences(Caller caller, @PathVariable long id, @PathVariable long requestId, @RequestParam String decision,
                          @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        requireStaff(caller);
        if (licences.get(requestId).getPartnerId() != id) {
            throw new NotFoundException("notFound.licenceRequest");
        }
        return act(redirect, id, "#licences", () -> licences.decide(requestId, "ISSUE".equals(decision), comment, caller.username()),
                "licences.decided");
    }

    /** A manager's decision on a flagged partner, from the task in place. */
    @PostMapping("/partners/{id}/task")
    String task(Caller caller, @PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        var task = inbox.openTaskOn(caller, SUBJECT, id);
        if (task.isEmpty()) {
            Flash.problem(redirect, "conflict.taskCompleted");
            return "redirect:/partners/" + id + "/tier";
        }
        Map<String, String> fields = new HashMap<>(form);
        fields.remove("_csrf");
        return act(redirect, id, "", () -> inbox.complete(caller, task.get().id(),
                new TaskCompletion(fields.remove("decision"), fields.remove("comment"), fields)), "task.done");
    }

    private String show(Caller caller, long id, Model model, Map<String, String> form) {
        requireStaff(caller);
        model.addAttribute("partner", partners.get(id));
        model.addAttribute("benefits", benefits.benefits(id));
        model.addAttribute("progress", upgrades.progress(caller, id).orElse(null));
        model.addAttribute("projects", projects.list(id, UiPaging.of(0)));
        model.addAttribute("plan", plans.plan(id).orElse(null));
        model.addAttribute("planItems", plans.items(id, UiPaging.of(0)));
        model.addAttribute("planCompletion", plans.completion(id));
        model.addAttribute("consultations", consultations.list(id, UiPaging.of(0)));
        model.addAttribute("licenceRequests", licences.list(id, UiPaging.of(0)));
        var reviews = years.reviews(id, UiPaging.of(0));
        model.addAttribute("reviews", reviews);
        model.addAttribute("evidence", reviews.stream().findFirst().map(r -> eligibility.report(r.getReportId())).orElse(null));
        model.addAttribute("task", inbox.openTaskOn(caller, SUBJECT, id).orElse(null));
        model.addAttribute("today", partners.today());
        model.addAttribute("form", form);
        comments.show(caller, SUBJECT, id, model);
        return VIEW_PARTNER;
    }

    private String act(RedirectAttributes redirect, long id, String anchor, Runnable step, String done) {
        try {
            step.run();
            Flash.success(redirect, done);
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            Flash.problem(redirect, e);
        }
        return "redirect:/partners/" + id + "/tier" + anchor;
    }

    private static void requireStaff(Caller caller) {
        if (!caller.has(Role.REVIEWER) && !caller.has(Role.MANAGER)) {
            throw new ForbiddenException("forbidden.staffOnly");
        }
    }
}
