package dev.partnerprogram.partner;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnerRepository extends JpaRepository<PartnerCompany, Long> {

    boolean existsByTaxId(String taxId);

    Page<PartnerCompany> findByListedInDirectoryTrueOrderByCompanyNameAsc(Pageable pageable);

    @Query("select p.status as status, p.region as region, count(p) as partners from PartnerCompany p "
            + "where p.status in :statuses group by p.status, p.region")
    java.util.List<TierRegionCount> countByTierAndRegion(Collection<PartnerStatus> statuses);

    interface TierRegionCount {
        PartnerStatus getStatus();
        String getRegion();
        long getPartners();
    }
}
