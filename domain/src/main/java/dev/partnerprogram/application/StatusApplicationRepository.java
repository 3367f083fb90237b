package dev.partnerprogram.application;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

public interface StatusApplicationRepository extends JpaRepository<StatusApplication, Long> {

    Page<StatusApplication> findByPartnerIdOrderBySubmittedAtDesc(Long partnerId, Pageable pageable);

    Page<StatusApplication> findAllByOrderBySubmittedAtDesc(Pageable pageable);

    Page<StatusApplication> findByStateInOrderBySubmittedAtDesc(Collection<ApplicationState> states, Pageable pageable);

    boolean existsByPartnerIdAndStateNotIn(Long partnerId, Collection<ApplicationState> states);

    Optional<StatusApplication> findFirstByPartnerIdAndStateNotInOrderBySubmittedAtDesc(Long partnerId, Collection<ApplicationState> states);

    boolean existsByPartnerIdAndRequestedStatusAndStateNotIn(Long partnerId, RequestedStatus requestedStatus,
                                                             Collection<ApplicationState> states);

    Optional<StatusApplication> findFirstByPartnerIdAndRequestedStatusAndStateOrderByDecidedAtDesc(
            Long partnerId, RequestedStatus requestedStatus, ApplicationState state);

    boolean existsByPartnerIdAndRequestedStatusInAndStateNotIn(Long partnerId, Collection<RequestedStatus> requestedStatuses,
                                                               Collection<ApplicationState> states);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from StatusApplication a where a.id = :id")
    Optional<StatusApplication> findForUpdate(Long id);
}
