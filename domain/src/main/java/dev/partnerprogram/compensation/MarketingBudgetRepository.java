package dev.partnerprogram.compensation;

import dev.partnerprogram.common.LockingRepository;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

/** Whoever moves a budget's money locks the budget's row ({@link #findForUpdate}) until its transaction ends. */
public interface MarketingBudgetRepository extends LockingRepository<MarketingBudget> {

    @Query("select b from MarketingBudget b where b.region = :region and b.periodStart <= :day and b.periodEnd >= :day")
    List<MarketingBudget> findCovering(String region, LocalDate day);

    @Query("select count(b) > 0 from MarketingBudget b where b.region = :region and b.periodStart <= :end and b.periodEnd >= :start")
    boolean existsOverlapping(String region, LocalDate start, LocalDate end);

    Page<MarketingBudget> findAllByOrderByPeriodStartDescRegionAsc(Pageable pageable);

    @Query("select distinct b.region from MarketingBudget b where b.periodEnd >= :from order by b.region")
    List<String> findRegionsOpenFrom(LocalDate from);
}
