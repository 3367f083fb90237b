package dev.partnerprogram.partner;

import dev.partnerprogram.common.LockingRepository;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

/**
 * The steps that spend one partner's quotas and fund lock the partner's row ({@link #findForUpdate}), so two of them
 * never spend the same unit.
 */
public interface PartnerRepository extends LockingRepository<PartnerCompany> {

    /**
     * Partners by id in JPQL, whose translation Hibernate caches; {@code findAllById} builds a criteria query on every
     * call, translated again each time.
     */
    @Query("select p from PartnerCompany p where p.id in :ids")
    java.util.List<PartnerCompany> findAllByIdIn(Collection<Long> ids);

    boolean existsByTaxId(String taxId);

    java.util.Optional<PartnerCompany> findByTaxId(String taxId);

    /** The partner whose current certificate has this number, for the public verification page. */
    java.util.Optional<PartnerCompany> findByCertificateNumber(String certificateNumber);

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
