package dev.partnerprogram.partner;

import dev.partnerprogram.common.LockingRepository;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;

public interface BenefitQuotaRepository extends LockingRepository<BenefitQuota> {

    @Query("select q from BenefitQuota q where q.partnerId = :partnerId and q.kind = :kind "
            + "and q.periodStart <= :day and q.periodEnd >= :day")
    Optional<BenefitQuota> findCurrent(Long partnerId, QuotaKind kind, LocalDate day);

    /** The quota of the period that covers the day, locked: whoever spends or regrants it holds the row. */
    default Optional<BenefitQuota> lockCurrent(long partnerId, QuotaKind kind, LocalDate day) {
        return findCurrent(partnerId, kind, day).flatMap(q -> findForUpdate(q.getId()));
    }
}
