package dev.partnerprogram.web.comment;

import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.comment.CommentsCard.CommentForm;
import dev.partnerprogram.web.inbox.Subjects;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.workflow.task.TaskView;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Comments added from a subject's own page go back to that page (Post/Redirect/Get). */
@PageController
public class CommentController {
    private final CommentsCard card;
    private final Subjects subjects;

    CommentController(CommentsCard card, Subjects subjects) {
        this.card = card;
        this.subjects = subjects;
    }

    @PostMapping("/subjects/{type}/{id}/comments")
    String add(Caller caller, @PathVariable String type, @PathVariable long id,
               @ModelAttribute(CommentsCard.FORM) CommentForm form, BindingResult result, RedirectAttributes redirect) {
        return card.add(caller, type, id, form, result, redirect, subjects.path(new TaskView.Subject(type, id)));
    }
}
