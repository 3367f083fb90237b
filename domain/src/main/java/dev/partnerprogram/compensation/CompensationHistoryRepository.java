package dev.partnerprogram.compensation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CompensationHistoryRepository extends JpaRepository<CompensationHistory, Long> {
    List<CompensationHistory> findByCompensationIdOrderByAtAscIdAsc(Long compensationId);
}
