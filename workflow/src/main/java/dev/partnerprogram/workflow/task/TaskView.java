package dev.partnerprogram.workflow.task;

import java.time.Instant;
import java.util.List;

/** An inbox entry: the engine's task translated into what the program calls things. */
public record TaskView(
        String id,
        String name,
        String taskKey,
        String processKey,
        String businessKey,
        Subject subject,
        Instant created,
        Instant due,
        boolean overdue,
        String assignee,
        List<String> candidateGroups,
        List<FormField> form,
        Partner partner) {

    public TaskView(String id, String name, String taskKey, String processKey, String businessKey, Subject subject,
                    Instant created, Instant due, boolean overdue, String assignee, List<String> candidateGroups,
                    List<FormField> form) {
        this(id, name, taskKey, processKey, businessKey, subject, created, due, overdue, assignee, candidateGroups, form, null);
    }

    public record Subject(String type, long id) {}

    /** The partner company the task concerns, when it concerns one. */
    public record Partner(long id, String name, String taxId, String region) {}
}
