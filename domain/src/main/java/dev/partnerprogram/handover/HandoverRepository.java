package dev.partnerprogram.handover;

import dev.partnerprogram.common.LockingRepository;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerStatus;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

public interface HandoverRepository extends LockingRepository<Handover> {

    Page<Handover> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

    /** Handovers offered to the partner at some point (now, or answered). */
    @Query(value = "select h from Handover h where exists (select o from HandoverOffer o where o.handoverId = h.id "
            + "and o.partnerId = :partnerId and o.offeredAt is not null) "
            + "order by h.createdAt desc, h.id desc",
            countQuery = "select count(h) from Handover h where exists (select o from HandoverOffer o where o.handoverId = h.id "
                    + "and o.partnerId = :partnerId and o.offeredAt is not null)")
    Page<Handover> findOfferedTo(Long partnerId, Pageable pageable);

    /**
     * The partners of a region with a status whose agreement (the latest, if it has one) is neither suspended nor
     * terminated: those a project there may be offered to.
     */
    @Query("select p from PartnerCompany p where p.region = :region and p.status in :statuses and not exists (select a from Agreement a "
            + "where a.partnerId = p.id and a.state in (dev.partnerprogram.agreement.AgreementState.SUSPENDED, "
            + "dev.partnerprogram.agreement.AgreementState.TERMINATED) "
            + "and a.id = (select max(l.id) from Agreement l where l.partnerId = p.id))")
    List<PartnerCompany> partnersIn(String region, Collection<PartnerStatus> statuses);

    /** Handovers a partner took: its teams' load. */
    long countByPartnerIdAndState(Long partnerId, HandoverState state);
}
