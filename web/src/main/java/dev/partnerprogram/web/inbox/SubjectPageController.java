package dev.partnerprogram.web.inbox;

import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.workflow.task.SubjectType;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of one subject that a process works on, under the subject's address (the subclass's {@code @RequestMapping},
 * say {@code /certifications}), and the completion of the caller's open task from it. {@link SubjectController} adds
 * the list and the request form for the subjects whose list and form are alike.
 */
public abstract class SubjectPageController {
    protected final SubjectType subject;
    protected final SubjectPages pages;

    protected SubjectPageController(SubjectType subject, SubjectPages pages) {
        this.subject = subject;
        this.pages = pages;
    }

    /** Completes the caller's open task on the subject with the posted form; a refusal shows the subject's page again. */
    @PostMapping("/{id}/task")
    public String task(Caller caller, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
                       RedirectAttributes redirect) {
        return pages.complete(caller, subject, id, form, model, redirect, () -> details(caller, id, model));
    }

    /** The subject's page. */
    protected abstract String details(Caller caller, long id, Model model);
}
