package dev.partnerprogram.upgrade;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DevelopmentPlanItemRepository extends JpaRepository<DevelopmentPlanItem, Long> {

    Page<DevelopmentPlanItem> findByPartnerIdOrderByIdAsc(Long partnerId, Pageable pageable);

    long countByPartnerId(Long partnerId);

    long countByPartnerIdAndDoneTrue(Long partnerId);
}
