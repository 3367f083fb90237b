package dev.partnerprogram.upgrade;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EligibilityCriterionRepository extends JpaRepository<EligibilityCriterion, Long> {

    List<EligibilityCriterion> findByReportIdOrderByIdAsc(Long reportId);
}
