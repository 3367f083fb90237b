package dev.partnerprogram.web.training;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.training.CourseKind;
import dev.partnerprogram.web.inbox.SubjectPages;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.FormInput;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.partner.Partners;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.training.CourseView;
import dev.partnerprogram.workflow.training.EnrollmentView;
import dev.partnerprogram.workflow.training.TrainingWorkflow;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Training pages: the catalogue with each partner's own price and the quota left, a course with its sessions and the
 * enrolment form, enrolments (with the cancel button, and for staff the open task's form), and the session lists
 * with their attendees for training staff and training-center partners.
 */
@PageController
class TrainingController {
    static final String VIEW_CATALOGUE = "training/catalogue";
    static final String VIEW_COURSE = "training/course";
    static final String VIEW_ENROLLMENTS = "training/enrollments";
    static final String VIEW_ENROLLMENT = "training/enrollment";
    static final String VIEW_SESSIONS = "training/sessions";
    static final String VIEW_SESSION = "training/session";
    private static final SubjectType SUBJECT = SubjectType.ENROLLMENT;

    private final TrainingWorkflow training;
    private final Partners partners;
    private final SubjectPages pages;
    private final ZoneId zone;
    private final Clock clock;

    TrainingController(TrainingWorkflow training, Partners partners, SubjectPages pages,
                       @Value("${partner-program.time-zone}") String timeZone, Clock clock) {
        this.training = training;
        this.partners = partners;
        this.pages = pages;
        this.zone = ZoneId.of(timeZone);
        this.clock = clock;
    }

    @GetMapping("/training/courses")
    String catalogue(Caller caller, @RequestParam(required = false) CourseKind kind, @RequestParam(defaultValue = "0") int page,
                     Model model) {
        model.addAttribute("courses", training.catalogue(caller, kind, UiPaging.of(page)));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", CourseKind.values());
        addBenefits(caller, model);
        return VIEW_CATALOGUE;
    }

    @GetMapping("/training/courses/{code}")
    String course(Caller caller, @PathVariable String code, Model model) {
        return showCourse(caller, code, model, new HashMap<>());
    }

    /** The partner's enrolment: the price is decided and the seat and fund money reserved at once, or nothing is. */
    @PostMapping("/training/courses/{code}/enroll")
    String enroll(Caller caller, @PathVariable String code, @RequestParam Map<String, String> form, Model model,
                  RedirectAttributes redirect) {
        FormInput in = new FormInput(form);
        Long sessionId = in.id("sessionId");
        BigDecimal fundAmount = in.money("fundAmount");
        try {
            in.check();
            EnrollmentView view = training.enroll(caller, new TrainingWorkflow.EnrollmentRequest(code, sessionId,
                    form.get("employeeName"), form.get("employeeEmail"), "on".equals(form.get("payFromUniversityFund")), fundAmount));
            Flash.success(redirect, "training.enrolled", String.valueOf(view.id()));
            return "redirect:/training/enrollments/" + view.id();
        } catch (InvalidInputException e) {
            pages.errors(model, e);
        } catch (ConflictException | ForbiddenException e) {
            Flash.problemNow(model, e);
        }
        return showCourse(caller, code, model, form);
    }

    @GetMapping("/training/enrollments")
    String enrollments(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("enrollments", training.list(caller, UiPaging.of(page)));
        return VIEW_ENROLLMENTS;
    }

    @GetMapping("/training/enrollments/{id}")
    String enrollment(Caller caller, @PathVariable long id, Model model) {
        EnrollmentView view = training.get(caller, id);
        model.addAttribute("e", view);
        model.addAttribute("canCancel", view.state().isOpen() && (caller.ownsPartner(view.partnerId()) || caller.isStaff())
                && view.sessionStart().isAfter(today()));
        return pages.show(caller, SUBJECT, id, model, VIEW_ENROLLMENT);
    }

    @PostMapping("/training/enrollments/{id}/cancel")
    String cancel(Caller caller, @PathVariable long id, RedirectAttributes redirect) {
        try {
            training.cancel(caller, id);
            Flash.success(redirect, "training.cancelled", String.valueOf(id));
        } catch (ConflictException | ForbiddenException e) {
            Flash.problem(redirect, e);
        }
        return "redirect:/training/enrollments/" + id;
    }

    /** Completes the caller's open task on the enrolment: the confirmation or the trainer's result. */
    @PostMapping("/training/enrollments/{id}/task")
    String task(Caller caller, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
                RedirectAttributes redirect) {
        return pages.complete(caller, SUBJECT, id, form, model, redirect, () -> enrollment(caller, id, model));
    }

    @GetMapping("/training/sessions")
    String sessions(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("sessions", training.sessionsFrom(caller, today().minusDays(30), UiPaging.of(page)));
        return VIEW_SESSIONS;
    }

    @GetMapping("/training/sessions/{id}")
    String session(Caller caller, @PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("attendees", training.attendees(caller, id, PageRequest.of(Math.max(page, 0), 50)));
        CourseView.SessionView session = training.session(id);
        model.addAttribute("session", session);
        model.addAttribute("course", training.course(caller, session.courseCode()));
        return VIEW_SESSION;
    }

    private String showCourse(Caller caller, String code, Model model, Map<String, String> form) {
        CourseView course = training.course(caller, code);
        model.addAttribute("course", course);
        model.addAttribute("sessions", training.upcomingSessions(code, PageRequest.of(0, 50)));
        model.addAttribute("form", form);
        model.addAttribute("canEnroll", caller.has(Role.PARTNER) && caller.partnerId() != null);
        addBenefits(caller, model);
        return VIEW_COURSE;
    }

    /** The program's today, by the clock the domain decides by: a page offers cancelling exactly when the rule allows it. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private void addBenefits(Caller caller, Model model) {
        if (caller.has(Role.PARTNER) && caller.partnerId() != null) {
            model.addAttribute("benefits", partners.benefits(caller, caller.partnerId()));
        }
    }

}
