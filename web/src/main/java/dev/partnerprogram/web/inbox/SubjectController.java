package dev.partnerprogram.web.inbox;

import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.task.SubjectType;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages every subject that a process works on has in the same way, under the subject's address (the subclass's
 * {@code @RequestMapping}, say {@code /deals}): the paged list, the empty form of a new request, and the completion of
 * the caller's open task from the subject's page. Their templates are {@code list} and {@code form} in the subject's
 * folder. A subclass says what its list shows, what its form offers, how a request is read and sent (with
 * {@link SubjectPages#submit}), and what the subject's page shows.
 */
public abstract class SubjectController {
    protected final SubjectType subject;
    protected final SubjectPages pages;
    private final String views;
    private final String listName;

    /** {@code views}: the templates' folder; {@code listName}: the model's name for the list's page of subjects. */
    protected SubjectController(SubjectType subject, String views, String listName, SubjectPages pages) {
        this.subject = subject;
        this.views = views;
        this.listName = listName;
        this.pages = pages;
    }

    @GetMapping
    public String list(Caller caller, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute(listName, listed(caller, UiPaging.of(page)));
        return views + "/list";
    }

    @GetMapping("/new")
    public String form(Caller caller, Model model) {
        return showForm(caller, model, new HashMap<>());
    }

    /** Completes the caller's open task on the subject with the posted form; a refusal shows the subject's page again. */
    @PostMapping("/{id}/task")
    public String task(Caller caller, @PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
                       RedirectAttributes redirect) {
        return pages.complete(caller, subject, id, form, model, redirect, () -> details(caller, id, model));
    }

    /** The request form, filled as sent (empty for a new one), with the choices its fields offer. */
    protected String showForm(Caller caller, Model model, Map<String, String> form) {
        model.addAttribute("form", form);
        offerChoices(caller, model);
        return views + "/form";
    }

    /** The caller's page of subjects for the list. */
    protected abstract Page<?> listed(Caller caller, Pageable page);

    /** What the form's fields offer to choose from; none unless a subject says so. */
    protected void offerChoices(Caller caller, Model model) {
    }

    /** The subject's page. */
    protected abstract String details(Caller caller, long id, Model model);
}
