package dev.partnerprogram.partner;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PartnerRepository extends JpaRepository<PartnerCompany, Long> {

    boolean existsByTaxId(String taxId);

    java.util.Optional<PartnerCompany> findByTaxId(String taxId);

    Page<PartnerCompany> findByListedInDirectoryTrueOrderByCompanyNameAsc(Pageable pageable);

    @Query("select p.status as status, p.region as region, count(p) as partners from PartnerCompany p "
            + "where p.status in :statuses group by p.status, p.region")
    java.util.List<TierRegionCount> countByTierAndRegion(Collection<PartnerStatus> statuses);

    /** Serialises the steps that spend one partner's quotas and fund, so two of them never spend the same unit. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PartnerCompany p where p.id = :id")
    java.util.Optional<PartnerCompany> findForUpdate(Long id);

    interface TierRegionCount {
        PartnerStatus getStatus();
        String getRegion();
        long getPartners();
    }
}
