package dev.partnerprogram.upgrade;

import dev.partnerprogram.common.LockingRepository;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface PartnerProjectRepository extends LockingRepository<PartnerProject> {

    Page<PartnerProject> findByPartnerIdOrderByCreatedAtDescIdDesc(Long partnerId, Pageable pageable);

    Page<PartnerProject> findByReviewStateOrderByCreatedAtAscIdAsc(PartnerProject.Review reviewState, Pageable pageable);

    long countByPartnerIdAndReviewStateAndStatusAndComplexityIn(Long partnerId, PartnerProject.Review reviewState,
                                                               PartnerProject.Status status, Collection<ProjectComplexity> complexities);
}
