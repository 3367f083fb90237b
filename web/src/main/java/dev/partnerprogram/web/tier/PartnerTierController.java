package dev.partnerprogram.web.tier;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.partner.ConsultationService.NewConsultation;
import dev.partnerprogram.web.comment.CommentsCard;
import dev.partnerprogram.web.inbox.TaskPages;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiMessages;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.upgrade.TierFacade;
import dev.partnerprogram.workflow.upgrade.TierFacade.LicenceDecision;
import dev.partnerprogram.workflow.upgrade.TierFacade.ProjectDecision;
import java.time.LocalDate;
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
 * Vendor staff's view of one partner's tier: its progress and benefits, the projects to confirm, the development plan,
 * consultations given and licences requested, and the yearly reviews (with a flagged partner's decision in place);
 * and the queue of what waits for staff across partners. Who may see and do what is {@link TierFacade}'s to decide.
 */
@PageController
class PartnerTierController {
    static final String VIEW_PARTNER = "upgrade/staff";
    static final String VIEW_QUEUE = "upgrade/queue";
    private static final SubjectType SUBJECT = SubjectType.PARTNER;

    private final TierFacade tier;
    private final TaskPages tasks;
    private final UiMessages messages;
    private final CommentsCard comments;

    PartnerTierController(TierFacade tier, TaskPages tasks, UiMessages messages, CommentsCard comments) {
        this.tier = tier;
        this.tasks = tasks;
        this.messages = messages;
        this.comments = comments;
    }

    @GetMapping("/partners/{id}/tier")
    String partner(Caller caller, @PathVariable long id, Model model) {
        return show(caller, id, model, new HashMap<>());
    }

    @GetMapping("/staff/partners")
    String queue(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        var queue = tier.queue(caller, UiPaging.of(page));
        model.addAttribute("pendingProjects", queue.pendingProjects());
        model.addAttribute("openLicences", queue.openLicences());
        model.addAttribute("flagged", queue.flagged().orElse(null));
        return VIEW_QUEUE;
    }

    @PostMapping("/partners/{id}/projects/{projectId}/review")
    String reviewProject(Caller caller, @PathVariable long id, @PathVariable long projectId, @RequestParam String decision,
                         @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        var choice = "CONFIRM".equals(decision) ? ProjectDecision.CONFIRM : ProjectDecision.REJECT;
        return change(redirect, id, "#projects", () -> tier.reviewProject(caller, id, projectId, choice, comment), "project.reviewed");
    }

    @PostMapping("/partners/{id}/plan/items")
    String addPlanItem(Caller caller, @PathVariable long id, @RequestParam Map<String, String> form, Model model,
                       RedirectAttributes redirect) {
        FormReader read = new FormReader(messages);
        LocalDate due = read.date("dueOn", form.get("dueOn"));
        if (read.valid()) {
            try {
                tier.addPlanItem(caller, id, form.get("title"), due);
                Flash.success(redirect, "plan.itemAdded");
                return "redirect:/partners/" + id + "/tier#plan";
            } catch (InvalidInputException e) {
                read.add(e);
            }
        }
        model.addAttribute("fieldErrors", read.errors());
        return show(caller, id, model, form);
    }

    @PostMapping("/partners/{id}/plan/items/{itemId}")
    String markPlanItem(Caller caller, @PathVariable long id, @PathVariable long itemId, @RequestParam boolean done,
                        RedirectAttributes redirect) {
        return change(redirect, id, "#plan", () -> tier.markPlanItem(caller, id, itemId, done), "plan.itemMarked");
    }

    @PostMapping("/partners/{id}/consultations")
    String logConsultation(Caller caller, @PathVariable long id, @RequestParam Map<String, String> form, Model model,
                           RedirectAttributes redirect) {
        FormReader read = new FormReader(messages);
        LocalDate day = read.date("consultedOn", form.get("consultedOn"));
        Integer hours = read.integer("hours", form.get("hours"));
        if (read.valid()) {
            try {
                tier.logConsultation(caller, id, new NewConsultation(day, hours, form.get("topic")));
                Flash.success(redirect, "consultation.logged", String.valueOf(hours));
                return "redirect:/partners/" + id + "/tier#consultations";
            } catch (InvalidInputException e) {
                read.add(e);
            } catch (ConflictException e) {
                Flash.problemNow(model, e);
            }
        }
        model.addAttribute("fieldErrors", read.errors());
        return show(caller, id, model, form);
    }

    @PostMapping("/partners/{id}/licences/{requestId}")
    String decideLicences(Caller caller, @PathVariable long id, @PathVariable long requestId, @RequestParam String decision,
                          @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        var choice = "ISSUE".equals(decision) ? LicenceDecision.ISSUE : LicenceDecision.REJECT;
        return change(redirect, id, "#licences", () -> tier.decideLicences(caller, id, requestId, choice, comment), "licences.decided");
    }

    /** A manager's decision on a flagged partner, from the task in place. */
    @PostMapping("/partners/{id}/task")
    String task(Caller caller, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
                RedirectAttributes redirect) {
        return tasks.complete(caller, SUBJECT, id, form, model, redirect, () -> show(caller, id, model, Map.of()));
    }

    private String show(Caller caller, long id, Model model, Map<String, String> form) {
        var staff = tier.staffOverview(caller, id, UiPaging.of(0));
        TierModel.add(model, staff.tier());
        TierModel.add(model, staff.usage());
        model.addAttribute("evidence", staff.evidence().orElse(null));
        tasks.offer(caller, SUBJECT, id, model);
        model.addAttribute("today", staff.today());
        model.addAttribute("form", form);
        comments.show(caller, SUBJECT.code(), id, model);
        return VIEW_PARTNER;
    }

    /** Like {@link #change}, and a refusal of the task's completion is told on the page too. */
    private String act(RedirectAttributes redirect, long id, String anchor, Runnable step, String done) {
        try {
            return change(redirect, id, anchor, step, done);
        } catch (ForbiddenException e) {
            Flash.problem(redirect, e);
            return "redirect:/partners/" + id + "/tier" + anchor;
        }
    }

    /**
     * Runs one change and goes back to the page with what came of it; what may not be done at all (the caller is not
     * staff, the object is not this partner's) is not a message on the page but the error page.
     */
    private String change(RedirectAttributes redirect, long id, String anchor, Runnable step, String done) {
        try {
            step.run();
            Flash.success(redirect, done);
        } catch (InvalidInputException | ConflictException e) {
            Flash.problem(redirect, e);
        }
        return "redirect:/partners/" + id + "/tier" + anchor;
    }
}
