package dev.partnerprogram.deal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DealConflictRepository extends JpaRepository<DealConflict, Long> {

    List<DealConflict> findByDealIdOrderByIdAsc(Long dealId);
}
