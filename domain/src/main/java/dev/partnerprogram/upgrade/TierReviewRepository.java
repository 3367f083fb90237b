package dev.partnerprogram.upgrade;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface TierReviewRepository extends JpaRepository<TierReview, Long> {

    Optional<TierReview> findByPartnerIdAndYearStart(Long partnerId, LocalDate yearStart);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from TierReview r where r.partnerId = :partnerId and r.yearStart = :yearStart")
    Optional<TierReview> findForUpdate(Long partnerId, LocalDate yearStart);

    /** Decided demotions of the partner that take effect on or before the given day and have not yet. */
    @Query("select r from TierReview r where r.partnerId = :partnerId "
            + "and r.state = dev.partnerprogram.upgrade.TierReview.State.LOWERED and r.appliedAt is null and r.effectiveOn <= :day")
    List<TierReview> findDemotionsDue(Long partnerId, LocalDate day);

    Page<TierReview> findByPartnerIdOrderByYearStartDesc(Long partnerId, Pageable pageable);

    Page<TierReview> findByStateOrderByCreatedAtAsc(TierReview.State state, Pageable pageable);
}
