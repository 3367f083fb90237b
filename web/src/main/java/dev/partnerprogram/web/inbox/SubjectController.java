package dev.partnerprogram.web.inbox;

import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.task.SubjectType;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages every subject that a process works on has in the same way, under the subject's address (the subclass's
 * {@code @RequestMapping}, say {@code /deals}): the paged list and the empty form of a new request, besides the
 * subject's page with its task ({@link SubjectPageController}). Their templates are {@code list} and {@code form} in
 * the subject's folder. A subclass says what its list shows, what its form offers, how a request is read and sent (with
 * {@link SubjectPages#submit}), and what the subject's page shows.
 */
public abstract class SubjectController extends SubjectPageController {
    private final String views;
    private final String listName;

    /** {@code views}: the templates' folder; {@code listName}: the model's name for the list's page of subjects. */
    protected SubjectController(SubjectType subject, String views, String listName, SubjectPages pages) {
        super(subject, pages);
        this.views = views;
        this.listName = listName;
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
}
