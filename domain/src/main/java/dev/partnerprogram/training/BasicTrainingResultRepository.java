package dev.partnerprogram.training;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BasicTrainingResultRepository extends JpaRepository<BasicTrainingResult, Long> {
    boolean existsByPartnerIdAndPassedTrue(Long partnerId);

    List<BasicTrainingResult> findByPartnerIdOrderByRecordedAtAsc(Long partnerId);
}
