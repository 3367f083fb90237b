package dev.partnerprogram.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface InboxTaskRepository extends JpaRepository<InboxTask, String> {

    List<InboxTask> findBySubjectTypeAndSubjectId(String subjectType, Long subjectId);

    /** One task with the groups it is offered to, in one query: the access check of every task action reads both. */
    @Query("select t from InboxTask t left join fetch t.candidateGroups where t.taskId = :taskId")
    Optional<InboxTask> findWithGroups(String taskId);

    @Query("select t.taskId from InboxTask t where t.createdAt < :before")
    List<String> findTaskIdsCreatedBefore(Instant before);

    @Query("select t.processKey as key, count(t) as total from InboxTask t where t.dueAt < :now group by t.processKey")
    List<KeyCount> countOverdueByProcess(Instant now);

    @Query("select g as key, count(t) as total from InboxTask t join t.candidateGroups g"
            + " where t.processKey = :processKey and t.dueAt < :now group by g")
    List<KeyCount> countOverdueByGroup(String processKey, Instant now);

    @Query("select t.processKey as key, count(t) as total from InboxTask t group by t.processKey")
    List<KeyCount> countByProcess();

    @Query("select t.processKey as processKey, t.taskKey as taskKey, min(t.name) as name from InboxTask t"
            + " group by t.processKey, t.taskKey order by t.processKey, t.taskKey")
    List<TaskKind> findTaskKinds();

    interface TaskKind {
        String getProcessKey();

        String getTaskKey();

        String getName();
    }

    interface KeyCount {
        String getKey();

        long getTotal();
    }

    @Modifying
    @Query("delete from InboxTask t where t.taskId in :ids")
    int deleteAllByTaskIdIn(List<String> ids);
}
