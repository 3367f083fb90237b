package dev.partnerprogram.web.inbox;

import dev.partnerprogram.workflow.task.TaskView;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Where a task's subject is shown and what it is called, by its type: the inbox links every task to its subject. */
@Component("subjects")
public class Subjects {
    private static final Map<String, String> PAGES = Map.of(
            "application", "/applications/",
            "enrollment", "/training/enrollments/",
            "certification", "/certifications/",
            "compensation", "/compensations/",
            "joint-event", "/events/",
            "partner", "/partners/");

    private final MessageSource messages;

    Subjects(MessageSource messages) {
        this.messages = messages;
    }

    public String path(TaskView.Subject subject) {
        String page = PAGES.get(subject.type());
        if (page == null) {
            return "/inbox";
        }
        // A partner's tier decisions are worked on its tier page.
        return "partner".equals(subject.type()) ? page + subject.id() + "/tier" : page + subject.id();
    }

    /** Subjects other than applications are worked on their own page, which carries the open task's form. */
    public boolean hasOwnPage(TaskView.Subject subject) {
        return PAGES.containsKey(subject.type()) && !"application".equals(subject.type());
    }

    public String label(TaskView.Subject subject) {
        String id = String.valueOf(subject.id());
        return messages.getMessage("inbox.subject." + subject.type(), new Object[] {id}, subject.type() + " " + id,
                LocaleContextHolder.getLocale());
    }
}
