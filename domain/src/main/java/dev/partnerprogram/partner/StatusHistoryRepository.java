package dev.partnerprogram.partner;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StatusHistoryRepository extends JpaRepository<StatusHistoryEntry, Long> {
    List<StatusHistoryEntry> findByPartnerIdOrderByAtAscIdAsc(Long partnerId);
}
