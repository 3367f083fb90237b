package dev.partnerprogram.event;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JointEventHistoryRepository extends JpaRepository<JointEventHistory, Long> {
    List<JointEventHistory> findByEventIdOrderByAtAscIdAsc(Long eventId);
}
