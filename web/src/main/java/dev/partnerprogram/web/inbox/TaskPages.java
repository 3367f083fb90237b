package dev.partnerprogram.web.inbox;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.web.system.page.FormErrors;
import dev.partnerprogram.web.system.page.UiMessages;
import dev.partnerprogram.workflow.task.FieldSpec;
import dev.partnerprogram.workflow.task.FieldType;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskInbox;
import dev.partnerprogram.workflow.task.TaskSpec;
import dev.partnerprogram.workflow.task.TaskView;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How every page offers and completes a task: the subject pages (compensation, event, enrolment, exam, partner) and the
 * inbox's own task page. The task's form spec says what to render ({@code inbox/form :: taskForm}) and the inbox checks
 * the answer, so a page adds no field of its own and a new task needs nothing here.
 */
@Component
public class TaskPages {
    /** Model attributes the task form fragment reads. */
    public static final String TASK = "task";
    public static final String ROWS = "taskRows";
    public static final String ERRORS = "fieldErrors";
    public static final String VALUES = "taskValues";
    public static final String NAME = "taskName";
    public static final String LINE_PREFIX = "taskLinePrefix";
    /** Fields the page sends back with the form besides the task's own (the workbench's list state); not task input. */
    public static final String HIDDEN = "taskHidden";

    /** One input of the form, ready to render: its control, label, options and the value to show. */
    public record Row(String name, String control, boolean required, String label, List<Option> options, String value,
                      Integer maxLength, Long min, Long max, String picker) {}

    public record Option(String value, String label, boolean checked) {}

    private final TaskInbox inbox;
    private final UiMessages messages;

    TaskPages(TaskInbox inbox, UiMessages messages) {
        this.inbox = inbox;
        this.messages = messages;
    }

    /** Puts the caller's open task on the subject, if any, with its form on the model. */
    public void offer(Caller caller, SubjectType type, long subjectId, Model model) {
        if (!model.containsAttribute(TASK)) {
            inbox.openTaskOn(caller, type, subjectId).ifPresent(task -> show(task, task.values(), model));
        }
    }

    /** Puts a task and its form, filled with {@code values}, on the model. */
    public void show(TaskView task, Map<String, String> values, Model model) {
        model.addAttribute(TASK, task);
        model.addAttribute(ROWS, rows(task, values));
        model.addAttribute(VALUES, values);
        model.addAttribute(NAME, name(task));
        model.addAttribute(LINE_PREFIX, TaskSpec.LINE_PREFIX);
    }

    /**
     * Completes the caller's open task on a subject with the posted form. Done or refused, the user goes back to the
     * subject's page with a message; a form with wrong fields is shown again, filled as sent, with each error by its field.
     */
    public String complete(Caller caller, SubjectType type, long subjectId, MultiValueMap<String, String> posted, Model model,
                           RedirectAttributes redirect, Supplier<String> page) {
        Map<String, String> form = flatten(posted);
        String back = "redirect:" + type.page(subjectId);
        var task = inbox.openTaskOn(caller, type, subjectId);
        if (task.isEmpty()) {
            Flash.problem(redirect, "conflict.taskCompleted");
            return back;
        }
        try {
            complete(caller, task.get(), form);
            Flash.success(redirect, "task.completed", name(task.get()));
            return back;
        } catch (InvalidInputException e) {
            rejected(task.get(), form, e, model);
            return page.get();
        } catch (ConflictException | ForbiddenException e) {
            Flash.problem(redirect, e);
            return back;
        }
    }

    /** A field sent several times (the boxes of a multiple choice) becomes the comma-separated list the spec reads. */
    static Map<String, String> flatten(MultiValueMap<String, String> posted) {
        Map<String, String> form = new HashMap<>();
        posted.forEach((name, values) -> form.put(name, String.join(",", values)));
        return form;
    }

    /** The one completion path: the posted form split into decision, comment and the task's own fields. */
    void complete(Caller caller, TaskView task, Map<String, String> form) {
        Map<String, String> fields = new HashMap<>(form);
        fields.remove("_csrf");
        inbox.complete(caller, task.id(), new TaskCompletion(fields.remove(FieldSpec.DECISION), fields.remove(FieldSpec.COMMENT), fields));
    }

    /** Shows the form again as sent, with the errors by field. */
    void rejected(TaskView task, Map<String, String> form, InvalidInputException e, Model model) {
        show(task, form, model);
        model.addAttribute(ERRORS, FormErrors.texts(e.violations(), messages));
    }

    /** The task's name in the user's language; the model's name where the bundles have none. */
    public String name(TaskView task) {
        return messages.getOrDefault("task.name." + task.taskKey(), task.name());
    }

    List<Row> rows(TaskView task, Map<String, String> values) {
        return task.form().stream().map(f -> row(task, f, values)).toList();
    }

    private Row row(TaskView task, FieldSpec field, Map<String, String> values) {
        String value = values == null ? null : values.get(field.name());
        List<String> chosen = value == null ? List.of() : Arrays.asList(value.split(","));
        List<Option> options = field.options() == null ? List.of() : field.options().stream()
                .map(o -> new Option(o, label(new String[] {"task." + task.taskKey() + "." + field.name() + "." + o,
                        field.optionLabels() + "." + o}, o), chosen.contains(o)))
                .toList();
        String label = label(new String[] {"task." + task.taskKey() + "." + field.name(), "task.field." + field.name()},
                field.name());
        return new Row(field.name(), control(field), field.required(), label, options, value, field.maxLength(), field.min(),
                field.max(), picker(field.type()));
    }

    /** How a field of each type is shown: a short choice as radio buttons, a long one as a list. */
    private static String control(FieldSpec field) {
        FieldType type = field.type();
        return switch (type) {
            case CHOICE -> field.options() != null && field.options().size() > 4 ? "select" : "radio";
            case MULTI_CHOICE -> "checkboxes";
            case LONG_TEXT -> "textarea";
            case NUMBER, PARTNER -> "number";
            case MONEY -> "money";
            case DATE -> "date";
            case BOOLEAN -> "checkbox";
            case CLAIM_LINES -> "lines";
            case TEXT, PERSON -> "text";
        };
    }

    /** Fields that name a partner or a colleague suggest them as one types ({@code static/js/picker.js}). */
    private static String picker(FieldType type) {
        return switch (type) {
            case PARTNER -> "partners";
            case PERSON -> "colleagues";
            default -> null;
        };
    }

    private String label(String[] codes, String fallback) {
        return messages.text(new DefaultMessageSourceResolvable(codes, null, fallback));
    }
}
