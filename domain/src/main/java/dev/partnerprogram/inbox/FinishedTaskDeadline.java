package dev.partnerprogram.inbox;

import dev.partnerprogram.common.AssignedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A completed task that had a deadline: when it was due, when it ended, and the group it was offered to. */
@Entity
@Table(name = "finished_task_deadline")
public class FinishedTaskDeadline extends AssignedId<String> {

    @Id
    private String taskId;

    private String processKey;
    private String taskKey;
    private String groupId;
    private Instant dueAt;
    private Instant endedAt;

    protected FinishedTaskDeadline() {}

    /** The task as the inbox knew it when it ended, counted for the group it was offered to. */
    FinishedTaskDeadline(InboxTask task, String groupId, Instant endedAt) {
        this.taskId = task.getTaskId();
        this.processKey = task.getProcessKey();
        this.taskKey = task.getTaskKey();
        this.groupId = groupId;
        this.dueAt = task.getDueAt();
        this.endedAt = endedAt;
    }

    @Override
    public String getId() { return taskId; }

    public String getTaskId() { return taskId; }
    public String getProcessKey() { return processKey; }
    public String getTaskKey() { return taskKey; }
    public String getGroupId() { return groupId; }
    public Instant getDueAt() { return dueAt; }
    public Instant getEndedAt() { return endedAt; }
}
