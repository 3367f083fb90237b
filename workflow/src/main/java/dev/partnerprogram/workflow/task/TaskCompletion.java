package dev.partnerprogram.workflow.task;

import java.util.Map;

/** What a caller sends to complete a task: a decision, a comment, and the task's own form fields. */
public record TaskCompletion(String decision, String comment, Map<String, String> fields) {

    public String field(String name) {
        return fields == null ? null : fields.get(name);
    }
}
