package dev.partnerprogram.inbox;

import java.time.Instant;
import java.util.Set;

/** An open task as the engine has it at one moment, with its subject and partner already worked out. */
public record TaskSnapshot(String taskId, String processInstanceId, String processKey, String taskKey, String name,
                           String subjectType, Long subjectId, String businessKey, Long partnerId, String assignee,
                           Instant createdAt, Instant dueAt, Set<String> candidateGroups) {}
