package dev.partnerprogram.compensation;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface MarketingBudgetRepository extends JpaRepository<MarketingBudget, Long> {

    /** {@code SELECT ... FOR UPDATE}: whoever moves a budget's money holds this lock until its transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from MarketingBudget b where b.id = :id")
    Optional<MarketingBudget> findForUpdate(Long id);

    @Query("select b from MarketingBudget b where b.region = :region and b.periodStart <= :day and b.periodEnd >= :day")
    List<MarketingBudget> findCovering(String region, LocalDate day);

    @Query("select count(b) > 0 from MarketingBudget b where b.region = :region and b.periodStart <= :end and b.periodEnd >= :start")
    boolean existsOverlapping(String region, LocalDate start, LocalDate end);

    Page<MarketingBudget> findAllByOrderByPeriodStartDescRegionAsc(Pageable pageable);

    @Query("select distinct b.region from MarketingBudget b where b.periodEnd >= :from order by b.region")
    List<String> findRegionsOpenFrom(LocalDate from);
}
