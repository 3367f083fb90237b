package dev.partnerprogram.workflow.task;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An inbox entry: the engine's task translated into what the program calls things. {@code form} and
 * {@code commentRequiredFor} and the fields' current {@code values} come from the task's {@link TaskSpec} when the task is read on its own, empty in lists.
 */
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
        List<FieldSpec> form,
        Set<Decision> commentRequiredFor,
        Map<String, String> values,
        Partner partner) {

    public record Subject(String type, long id) {}

    /** The partner company the task concerns, when it concerns one. */
    public record Partner(long id, String name, String taxId, String region) {}

    /** The field of the form by name, if the task takes it. */
    public FieldSpec field(String name) {
        return form.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }
}
