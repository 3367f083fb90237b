package dev.partnerprogram.training;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingEventRepository extends JpaRepository<TrainingEvent, Long> {
    List<TrainingEvent> findBySubjectTypeAndSubjectIdOrderByAtAscIdAsc(TrainingEvent.SubjectType type, Long subjectId);
}
