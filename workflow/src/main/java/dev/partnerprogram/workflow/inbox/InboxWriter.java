package dev.partnerprogram.workflow.inbox;

import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.inbox.InboxReadModel;
import dev.partnerprogram.inbox.TaskSnapshot;
import dev.partnerprogram.workflow.task.SubjectRegistry;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/** Turns what the engine knows about a task into a row of the inbox read model. */
@Component
class InboxWriter {
    private final InboxReadModel readModel;
    private final SubjectRegistry subjects;
    private final RepositoryService repository;
    private final Map<String, String> processKeys = new ConcurrentHashMap<>();

    InboxWriter(InboxReadModel readModel, SubjectRegistry subjects, RepositoryService repository) {
        this.readModel = readModel;
        this.subjects = subjects;
        this.repository = repository;
    }

    /**
     * The task as the engine has it now; {@code partnerVariable} reads the instance's {@code partnerId}, if any. It is
     * read only for a task whose subject names no partner: reading it costs the engine a query for the task's variables.
     */
    record EngineTask(String id, String processInstanceId, String processDefinitionId, String taskKey, String name,
                      String businessKey, String assignee, Date created, Date due, Set<String> groups,
                      Supplier<Object> partnerVariable) {}

    /** A task the engine has just created: it has no row yet, so none is looked for. */
    void create(EngineTask task) {
        readModel.create(snapshot(task));
    }

    void save(EngineTask task) {
        readModel.save(snapshot(task));
    }

    private TaskSnapshot snapshot(EngineTask task) {
        String processKey = processKey(task.processDefinitionId());
        String subjectType = subjects.typeOf(processKey);
        Long subjectId = SubjectRegistry.subjectId(task.businessKey());
        return new TaskSnapshot(task.id(), task.processInstanceId(), processKey, task.taskKey(), task.name(),
                subjectType, subjectId, task.businessKey(), partner(subjectType, subjectId, task).orElse(null),
                task.assignee(), task.created().toInstant(), task.due() == null ? null : task.due().toInstant(),
                task.groups());
    }

    void remove(String taskId) {
        readModel.remove(taskId);
    }

    void complete(String taskId) {
        readModel.complete(taskId);
    }

    private Optional<Long> partner(String subjectType, Long subjectId, EngineTask task) {
        if (subjectId != null) {
            Optional<Long> known = subjects.partnerOf(subjectType, subjectId);
            if (known.isPresent()) {
                return known;
            }
        }
        if (task.partnerVariable().get() instanceof Number number) {
            return Optional.of(number.longValue());
        }
        return task.groups().stream().map(ReviewerGroups::partnerOf).flatMap(Optional::stream).findFirst();
    }

    private String processKey(String processDefinitionId) {
        return processKeys.computeIfAbsent(processDefinitionId, id -> repository.getProcessDefinition(id).getKey());
    }
}
