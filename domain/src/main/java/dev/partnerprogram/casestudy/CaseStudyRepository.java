package dev.partnerprogram.casestudy;

import dev.partnerprogram.common.LockingRepository;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

public interface CaseStudyRepository extends LockingRepository<CaseStudy> {

    Page<CaseStudy> findByPartnerIdOrderByCreatedAtDescIdDesc(Long partnerId, Pageable pageable);

    Page<CaseStudy> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

    List<CaseStudy> findByPartnerIdAndStateOrderByDecidedAtDescIdDesc(Long partnerId, CaseStudyState state);

    List<CaseStudy> findByPartnerIdAndStateOrderByIdAsc(Long partnerId, CaseStudyState state);

    boolean existsByProjectIdAndStateNot(Long projectId, CaseStudyState state);

    /** Whether the project is the one a won deal of the partner became. */
    @Query("select count(d) > 0 from Deal d where d.projectId = :projectId and d.state = dev.partnerprogram.deal.DealState.WON")
    boolean isWonDealsProject(Long projectId);
}
