package dev.partnerprogram.web.marketing;

import dev.partnerprogram.event.EventFormat;
import dev.partnerprogram.event.JointEventRequest;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.inbox.SubjectPages;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.compensation.JointEventWorkflow;
import dev.partnerprogram.workflow.task.SubjectType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Joint events: the partner's requests, a new request, a request's page with the open task, and the staff calendar. */
@PageController
class JointEventController {
    static final String VIEW_LIST = "events/list";
    static final String VIEW_FORM = "events/form";
    static final String VIEW_DETAILS = "events/details";
    static final String VIEW_CALENDAR = "events/calendar";
    private static final SubjectType SUBJECT = SubjectType.JOINT_EVENT;

    private final JointEventWorkflow workflow;
    private final SubjectPages pages;

    JointEventController(JointEventWorkflow workflow, SubjectPages pages) {
        this.workflow = workflow;
        this.pages = pages;
    }

    @GetMapping("/events")
    String list(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("events", workflow.list(caller, UiPaging.of(page)));
        return VIEW_LIST;
    }

    @GetMapping("/events/new")
    String form(Model model) {
        return showForm(model, new HashMap<>());
    }

    @PostMapping("/events")
    String submit(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return pages.submit(SUBJECT, form, in -> new JointEventRequest(in.text("title"), in.date("date"), in.text("city"),
                        in.choice("format", EventFormat.class), in.integer("expectedAudience"), in.text("vendorRequest")),
                request -> workflow.submit(caller, request).id(), "mdf.notice.eventSubmitted", model, redirect,
                () -> showForm(model, form));
    }

    @GetMapping("/events/{id}")
    String details(Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("e", workflow.get(caller, id));
        return pages.show(caller, SUBJECT, id, model, VIEW_DETAILS);
    }

    /** Completes the caller's open task on this subject with the posted form. */
    @PostMapping("/events/{id}/task")
    String task(Caller caller, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
                RedirectAttributes redirect) {
        return pages.complete(caller, SUBJECT, id, form, model, redirect, () -> details(caller, id, model));
    }

    /** Approved events of one month, for the staff who plan who goes where. */
    @GetMapping("/events/calendar")
    String calendar(Caller caller, @RequestParam(required = false) String month, Model model) {
        YearMonth shown;
        try {
            shown = month == null ? YearMonth.now() : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            shown = YearMonth.now();
        }
        model.addAttribute("month", shown);
        model.addAttribute("events", workflow.calendar(caller, shown.atDay(1), shown.atEndOfMonth(), PageRequest.of(0, 100)));
        return VIEW_CALENDAR;
    }

    private String showForm(Model model, Map<String, String> form) {
        model.addAttribute("form", form);
        model.addAttribute("formats", EventFormat.values());
        model.addAttribute("earliest", workflow.earliestDate());
        return VIEW_FORM;
    }
}
