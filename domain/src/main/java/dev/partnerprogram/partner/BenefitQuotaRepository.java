package dev.partnerprogram.partner;

import java.time.LocalDate;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface BenefitQuotaRepository extends JpaRepository<BenefitQuota, Long> {

    @Query("select q from BenefitQuota q where q.partnerId = :partnerId and q.kind = :kind "
            + "and q.periodStart <= :day and q.periodEnd >= :day")
    Optional<BenefitQuota> findCurrent(Long partnerId, QuotaKind kind, LocalDate day);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from BenefitQuota q where q.id = :id")
    Optional<BenefitQuota> findForUpdate(Long id);
}
