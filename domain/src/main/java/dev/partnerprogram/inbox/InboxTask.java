package dev.partnerprogram.inbox;

import dev.partnerprogram.common.AssignedId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * An open user task as the inbox lists it: the engine's task with its subject and partner, kept up to date in the
 * engine's own transaction. The partner's name, tax id and region are read through the partner, never copied.
 */
@Entity
@Table(name = "inbox_task")
public class InboxTask extends AssignedId<String> {

    @Id
    private String taskId;

    private String processInstanceId;
    private String processKey;
    private String taskKey;
    private String name;
    private String subjectType;
    private Long subjectId;
    private String businessKey;

    private Long partnerId;

    private String assignee;
    private Instant createdAt;
    private Instant dueAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "inbox_task_group", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "group_id")
    @BatchSize(size = 100)
    // The foreign key deletes a finished task's group rows (V6): Hibernate sends no delete of its own for them.
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Set<String> candidateGroups = new TreeSet<>();

    protected InboxTask() {}

    public InboxTask(String taskId, String processInstanceId, String processKey, String taskKey, String subjectType,
                     Long subjectId, String businessKey, Long partnerId, Instant createdAt) {
        this.taskId = taskId;
        this.processInstanceId = processInstanceId;
        this.processKey = processKey;
        this.taskKey = taskKey;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.businessKey = businessKey;
        this.partnerId = partnerId;
        this.createdAt = createdAt;
    }

    /** What may change on an open task: its name, assignee, due date and the groups it is offered to. */
    public void update(String name, String assignee, Instant dueAt, Collection<String> groups) {
        this.name = name;
        this.assignee = assignee;
        this.dueAt = dueAt;
        if (!candidateGroups.equals(Set.copyOf(groups))) {
            candidateGroups.clear();
            candidateGroups.addAll(groups);
        }
    }

    public boolean isOverdue(Instant now) {
        return dueAt != null && dueAt.isBefore(now);
    }

    @Override
    public String getId() { return taskId; }

    public String getTaskId() { return taskId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getProcessKey() { return processKey; }
    public String getTaskKey() { return taskKey; }
    public String getName() { return name; }
    public String getSubjectType() { return subjectType; }
    public Long getSubjectId() { return subjectId; }
    public String getBusinessKey() { return businessKey; }
    public Long getPartnerId() { return partnerId; }
    public String getAssignee() { return assignee; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDueAt() { return dueAt; }
    public Set<String> getCandidateGroups() { return candidateGroups; }
}
