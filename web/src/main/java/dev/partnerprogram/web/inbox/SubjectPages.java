package dev.partnerprogram.web.inbox;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.comment.CommentsCard;
import dev.partnerprogram.web.marketing.MarketingForms;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.FormInput;
import dev.partnerprogram.web.system.page.UiMessages;
import dev.partnerprogram.workflow.task.SubjectType;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the pages of a subject that a process works on share (deal, handover, joint event, compensation, exam,
 * enrolment): the request form that starts it, the subject's page with the caller's open task and the comments, and
 * the completion of that task. The controllers keep only what their subject has of its own.
 */
@Component
public class SubjectPages {
    private final TaskPages tasks;
    private final CommentsCard comments;
    private final UiMessages messages;

    SubjectPages(TaskPages tasks, CommentsCard comments, UiMessages messages) {
        this.tasks = tasks;
        this.comments = comments;
        this.messages = messages;
    }

    /**
     * Reads a new request from its form and submits it: done, the user goes to the new subject's page with the notice;
     * a field that does not parse or that the domain refuses shows the form again, filled as sent, with the errors.
     */
    public <R> String submit(SubjectType subject, Map<String, String> form, Function<FormInput, R> read,
                             ToLongFunction<R> submit, String notice, Model model, RedirectAttributes redirect,
                             Supplier<String> formPage) {
        try {
            FormInput input = new FormInput(form);
            R request = read.apply(input);
            input.check();
            long id = submit.applyAsLong(request);
            Flash.success(redirect, notice);
            return "redirect:" + subject.page(id);
        } catch (InvalidInputException e) {
            errors(model, e);
            return formPage.get();
        }
    }

    /** The refused fields' errors, next to their fields, in the page's language. */
    public void errors(Model model, InvalidInputException e) {
        MarketingForms.errors(model, e, messages);
    }

    /** The caller's open task on the subject, with its form, and the subject's comments. */
    public String show(Caller caller, SubjectType subject, long id, Model model, String view) {
        tasks.offer(caller, subject, id, model);
        comments.show(caller, subject.code(), id, model);
        return view;
    }

    /** Completes the caller's open task on the subject with the posted form; {@link TaskPages#complete}. */
    public String complete(Caller caller, SubjectType subject, long id, MultiValueMap<String, String> form, Model model,
                           RedirectAttributes redirect, Supplier<String> page) {
        return tasks.complete(caller, subject, id, form, model, redirect, page);
    }

    /** The caller's open task alone, for a subject without comments. */
    public void offer(Caller caller, SubjectType subject, long id, Model model) {
        tasks.offer(caller, subject, id, model);
    }
}
