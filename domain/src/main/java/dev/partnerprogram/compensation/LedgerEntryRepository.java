package dev.partnerprogram.compensation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Inserts and reads only: there is deliberately no update or delete query here. */
public interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

    interface KindTotal {
        Long getBudgetId();
        LedgerEntryKind getKind();
        BigDecimal getTotal();
    }

    @Query("select e.budgetId as budgetId, e.kind as kind, sum(e.amount) as total from LedgerEntry e "
            + "where e.budgetId = :budgetId and e.partnerId = :partnerId group by e.budgetId, e.kind")
    List<KindTotal> totalsForPartner(Long budgetId, Long partnerId);

    @Query("select e.budgetId as budgetId, e.kind as kind, sum(e.amount) as total from LedgerEntry e "
            + "where e.compensationId = :compensationId group by e.budgetId, e.kind")
    List<KindTotal> totalsForCompensation(Long compensationId);

    interface CompensationTotal {
        Long getCompensationId();
        LedgerEntryKind getKind();
        BigDecimal getTotal();
    }

    @Query("select e.compensationId as compensationId, e.kind as kind, sum(e.amount) as total from LedgerEntry e "
            + "where e.compensationId in :compensationIds group by e.compensationId, e.kind")
    List<CompensationTotal> totalsForCompensations(Collection<Long> compensationIds);

    Page<LedgerEntry> findByBudgetIdOrderByAtDescIdDesc(Long budgetId, Pageable pageable);

    List<LedgerEntry> findByCompensationIdOrderByIdAsc(Long compensationId);

    long countByBudgetId(Long budgetId);
}
