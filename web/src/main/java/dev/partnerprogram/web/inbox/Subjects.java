package dev.partnerprogram.web.inbox;

import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Where a task's subject is shown and what it is called: the inbox links every task to its subject. */
@Component("subjects")
public class Subjects {
    private final MessageSource messages;

    Subjects(MessageSource messages) {
        this.messages = messages;
    }

    public String path(TaskView.Subject subject) {
        return SubjectType.of(subject.type()).map(t -> t.page(subject.id())).orElse("/inbox");
    }

    /** Subjects other than applications are worked on their own page, which carries the open task's form. */
    public boolean hasOwnPage(TaskView.Subject subject) {
        return SubjectType.of(subject.type()).map(SubjectType::tasksOnPage).orElse(false);
    }

    public String label(TaskView.Subject subject) {
        String id = String.valueOf(subject.id());
        return messages.getMessage("inbox.subject." + subject.type(), new Object[] {id}, subject.type() + " " + id,
                LocaleContextHolder.getLocale());
    }
}
