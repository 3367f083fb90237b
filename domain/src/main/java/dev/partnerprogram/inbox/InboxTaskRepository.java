package dev.partnerprogram.inbox;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface InboxTaskRepository extends JpaRepository<InboxTask, String>, JpaSpecificationExecutor<InboxTask> {

    List<InboxTask> findBySubjectTypeAndSubjectId(String subjectType, Long subjectId);

    @Query("select t.taskId from InboxTask t")
    List<String> findAllTaskIds();

    @Modifying
    @Query("delete from InboxTask t where t.taskId in :ids")
    int deleteAllByTaskIdIn(List<String> ids);
}
