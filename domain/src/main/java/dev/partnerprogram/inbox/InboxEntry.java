package dev.partnerprogram.inbox;

import java.time.Instant;
import java.util.List;

/** One line of the inbox: the task with its subject and the partner it concerns (when it concerns one). */
public record InboxEntry(String taskId, String processInstanceId, String processKey, String taskKey, String name,
                         String subjectType, Long subjectId, String businessKey, String assignee, Instant createdAt,
                         Instant dueAt, boolean overdue, List<String> candidateGroups, PartnerRef partner) {

    public record PartnerRef(long id, String name, String taxId, String region) {}
}
