package dev.partnerprogram.web.comment;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.FormErrors;
import dev.partnerprogram.web.system.page.UiMessages;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.task.SubjectComments;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The comments card of any subject's page (application, enrolment, exam, compensation, event, partner): the comments
 * the caller may read, newest first, and the form to add one. Which comments a caller reads and on which subjects it
 * may write is {@link SubjectComments}'s to decide.
 */
@Component
public class CommentsCard {
    public static final String FORM = "commentForm";
    /** The query parameter of the card's pager, apart from the page's own lists. */
    static final String PAGE_PARAM = "commentsPage";

    private final SubjectComments comments;
    private final UiMessages messages;
    private final HttpServletRequest request;

    CommentsCard(SubjectComments comments, UiMessages messages, HttpServletRequest request) {
        this.comments = comments;
        this.messages = messages;
        this.request = request;
    }

    /** The card for a subject whose form posts to the subjects' own comment endpoint. */
    public void show(Caller caller, String type, long id, Model model) {
        show(caller, type, id, "/subjects/" + type + "/" + id + "/comments", model);
    }

    /**
     * The card with its form posting to {@code action}. A form sent back after bad input (flash attributes of
     * {@link #add}) keeps its text and its errors.
     */
    public void show(Caller caller, String type, long id, String action, Model model) {
        model.addAttribute("comments", comments.list(caller, type, id, UiPaging.of(page())));
        model.addAttribute("commentAction", action);
        model.addAttribute("commentStaff", caller.isStaff());
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, new CommentForm());
        }
    }

    /**
     * Adds the comment and sends the browser back to {@code page}. Bad input goes back too, with the text and the
     * field errors in flash attributes, since the page that shows the card is another controller's.
     */
    public String add(Caller caller, String type, long id, CommentForm form, BindingResult result, RedirectAttributes redirect,
               String page) {
        try {
            comments.add(caller, type, id, form.getVisibility(), form.getBody());
            Flash.success(redirect, "comment.added");
        } catch (InvalidInputException e) {
            FormErrors.apply(e, result, messages);
            redirect.addFlashAttribute(FORM, form);
            redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
            Flash.problem(redirect, "comment.invalid");
        }
        return "redirect:" + page + "#comments";
    }

    private int page() {
        try {
            String value = request.getParameter(PAGE_PARAM);
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The comment form: staff choose who reads the comment; a partner's is always one its company reads. */
    public static class CommentForm implements Serializable {
        private String body;
        private String visibility;

        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
        public String getVisibility() { return visibility; }
        public void setVisibility(String visibility) { this.visibility = visibility; }
    }
}
