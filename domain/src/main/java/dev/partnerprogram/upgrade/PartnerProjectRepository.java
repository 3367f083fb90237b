package dev.partnerprogram.upgrade;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PartnerProjectRepository extends JpaRepository<PartnerProject, Long> {

    Page<PartnerProject> findByPartnerIdOrderByCreatedAtDescIdDesc(Long partnerId, Pageable pageable);

    Page<PartnerProject> findByReviewStateOrderByCreatedAtAscIdAsc(PartnerProject.Review reviewState, Pageable pageable);

    long countByPartnerIdAndReviewStateAndStatusAndComplexityIn(Long partnerId, PartnerProject.Review reviewState,
                                                               PartnerProject.Status status, Collection<ProjectComplexity> complexities);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PartnerProject p where p.id = :id")
    Optional<PartnerProject> findForUpdate(Long id);
}
