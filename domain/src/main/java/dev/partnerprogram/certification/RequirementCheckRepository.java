package dev.partnerprogram.certification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequirementCheckRepository extends JpaRepository<RequirementCheck, Long> {
    List<RequirementCheck> findByApplicationIdOrderByIdAsc(Long applicationId);
}
