package dev.partnerprogram.web.marketing;

import dev.partnerprogram.event.EventFormat;
import dev.partnerprogram.event.JointEventRequest;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.inbox.SubjectController;
import dev.partnerprogram.web.inbox.SubjectPages;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.workflow.compensation.JointEventView;
import dev.partnerprogram.workflow.compensation.JointEventWorkflow;
import dev.partnerprogram.workflow.task.SubjectType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Joint events: the partner's requests, a new request, a request's page with the open task, and the staff calendar. */
@PageController
@RequestMapping("/events")
class JointEventController extends SubjectController {
    static final String VIEW_DETAILS = "events/details";
    static final String VIEW_CALENDAR = "events/calendar";

    private final JointEventWorkflow workflow;

    JointEventController(JointEventWorkflow workflow, SubjectPages pages) {
        super(SubjectType.JOINT_EVENT, "events", "events", pages);
        this.workflow = workflow;
    }

    @Override
    protected Page<JointEventView> listed(Caller caller, Pageable page) {
        return workflow.list(caller, page);
    }

    @PostMapping
    String submit(Caller caller, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        return pages.submit(subject, form, in -> new JointEventRequest(in.text("title"), in.date("date"), in.text("city"),
                        in.choice("format", EventFormat.class), in.integer("expectedAudience"), in.text("vendorRequest")),
                request -> workflow.submit(caller, request).id(), "mdf.notice.eventSubmitted", model, redirect,
                () -> showForm(caller, model, form));
    }

    @Override
    @GetMapping("/{id}")
    protected String details(Caller caller, @PathVariable long id, Model model) {
        model.addAttribute("e", workflow.get(caller, id));
        return pages.show(caller, subject, id, model, VIEW_DETAILS);
    }

    /** Approved events of one month, for the staff who plan who goes where. */
    @GetMapping("/calendar")
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

    @Override
    protected void offerChoices(Caller caller, Model model) {
        model.addAttribute("formats", EventFormat.values());
        model.addAttribute("earliest", workflow.earliestDate());
    }
}
