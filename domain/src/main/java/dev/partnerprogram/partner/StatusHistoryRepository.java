package dev.partnerprogram.partner;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StatusHistoryRepository extends JpaRepository<StatusHistoryEntry, Long> {
    List<StatusHistoryEntry> findByPartnerIdOrderByAtAscIdAsc(Long partnerId);

    /** The latest change into the given status; designation entries (status unchanged) are not changes of tier. */
    Optional<StatusHistoryEntry> findFirstByPartnerIdAndToStatusAndFromStatusNotOrderByAtDesc(Long partnerId, PartnerStatus toStatus,
                                                                                          PartnerStatus fromStatus);
}
