package dev.partnerprogram.upgrade;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EligibilityReportRepository extends JpaRepository<EligibilityReport, Long> {

    Optional<EligibilityReport> findFirstByApplicationIdOrderByCheckedAtDescIdDesc(Long applicationId);
}
