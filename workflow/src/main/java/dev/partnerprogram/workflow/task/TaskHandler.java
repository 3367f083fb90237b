package dev.partnerprogram.workflow.task;

import dev.partnerprogram.identity.Caller;
import java.util.List;
import java.util.Map;

/**
 * The user tasks of one process: the form spec of each, and what completing it records. {@link TaskInbox} stays the
 * only class that touches the task service: it finds the task, checks access, reads the input through the task's spec
 * and asks the handler to record the decision in the domain, then completes the task with the variables answered.
 */
public interface TaskHandler {

    /** The process definition key this handler serves; the process's business key is its subject's id. */
    String processKey();

    SubjectType subject();

    /** One spec per user task of the process; the model lint test holds them to the BPMN. */
    List<TaskSpec> specs();

    default TaskSpec spec(String taskKey) {
        return specs().stream().filter(s -> s.taskKey().equals(taskKey)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No form spec for task " + taskKey + " of " + processKey()));
    }

    /**
     * What the task's fields hold now, as the form shows them: a revision starts from the subject as it stands, so the
     * partner changes what the reviewer asked about and leaves the rest.
     */
    default Map<String, String> currentValues(String taskKey, long subjectId) {
        return Map.of();
    }

    /** Records the checked input in the domain and answers the variables to complete the task with. */
    Map<String, Object> complete(String taskKey, long subjectId, Caller caller, TaskInput input);
}
