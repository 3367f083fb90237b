package dev.partnerprogram.workflow.inbox;

import dev.partnerprogram.workflow.task.SubjectRegistry;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;

/**
 * On every user task of every process: keeps the task's row of the inbox read model as the engine changes the task,
 * inside the engine's transaction, so the row and the task commit or roll back together.
 */
class InboxTaskListener implements TaskListener {
    static final Set<String> EVENTS = Set.of(EVENTNAME_CREATE, EVENTNAME_ASSIGNMENT, EVENTNAME_UPDATE, EVENTNAME_COMPLETE,
            EVENTNAME_DELETE);

    /** Looked up when the first task event comes: the engine is built before the beans the writer needs. */
    private final ObjectProvider<InboxWriter> writer;

    InboxTaskListener(ObjectProvider<InboxWriter> writer) {
        this.writer = writer;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            writer.getObject().complete(task.getId());
            return;
        }
        if (EVENTNAME_DELETE.equals(task.getEventName())) {
            writer.getObject().remove(task.getId());
            return;
        }
        Set<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).collect(Collectors.toSet());
        InboxWriter.EngineTask row = new InboxWriter.EngineTask(task.getId(), task.getProcessInstanceId(),
                task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName(),
                task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(), task.getAssignee(),
                task.getCreateTime(), task.getDueDate(), groups, () -> task.getVariable(SubjectRegistry.PARTNER_VARIABLE));
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            writer.getObject().create(row);
        } else {
            writer.getObject().save(row);
        }
    }
}
