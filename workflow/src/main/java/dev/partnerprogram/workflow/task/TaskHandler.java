package dev.partnerprogram.workflow.task;

import dev.partnerprogram.identity.Caller;
import java.util.List;
import java.util.Map;

/**
 * The forms and completion rules of one process's user tasks, for processes whose business key is their subject's
 * id. {@link TaskInbox} stays the only class that touches the task service: it finds the task, checks access, asks the
 * handler to record the decision in the domain, and completes the task with the variables the handler answers.
 */
public interface TaskHandler {

    /** The process definition key this handler serves. */
    String processKey();

    /** What the tasks are about, as {@link TaskView.Subject#type()} says it ("compensation", "joint-event"). */
    String subjectType();

    /** Whether the caller may learn about the subject (decides 409 against 404 for a task completed meanwhile). */
    boolean maySee(Caller caller, long subjectId);

    /** The partner company the subject belongs to, if it exists and belongs to one: the inbox filters and searches by it. */
    default Long partnerOf(long subjectId) {
        return null;
    }

    List<FormField> form(String taskKey);

    /** Validates the input, records the decision in the domain and answers the variables to complete the task with. */
    Map<String, Object> complete(String taskKey, long subjectId, Caller caller, TaskCompletion input);
}
