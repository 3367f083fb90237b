package dev.partnerprogram.application;

import dev.partnerprogram.common.LockingRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

public interface StatusApplicationRepository extends LockingRepository<StatusApplication> {

    @Query("select a.id from StatusApplication a where a.partnerId = :partnerId and a.state = :state")
    List<Long> findIdsByPartnerIdAndState(Long partnerId, ApplicationState state);

    Page<StatusApplication> findByPartnerIdOrderBySubmittedAtDesc(Long partnerId, Pageable pageable);

    Page<StatusApplication> findAllByOrderBySubmittedAtDesc(Pageable pageable);

    Page<StatusApplication> findByStateInOrderBySubmittedAtDesc(Collection<ApplicationState> states, Pageable pageable);

    boolean existsByPartnerIdAndStateNotIn(Long partnerId, Collection<ApplicationState> states);

    List<StatusApplication> findByPartnerIdAndStateNotInOrderByIdAsc(Long partnerId, Collection<ApplicationState> states);

    Optional<StatusApplication> findFirstByPartnerIdAndStateNotInOrderBySubmittedAtDesc(Long partnerId, Collection<ApplicationState> states);

    boolean existsByPartnerIdAndRequestedStatusAndStateNotIn(Long partnerId, RequestedStatus requestedStatus,
                                                             Collection<ApplicationState> states);

    Optional<StatusApplication> findFirstByPartnerIdAndRequestedStatusAndStateOrderByDecidedAtDesc(
            Long partnerId, RequestedStatus requestedStatus, ApplicationState state);

    boolean existsByPartnerIdAndRequestedStatusInAndStateNotIn(Long partnerId, Collection<RequestedStatus> requestedStatuses,
                                                               Collection<ApplicationState> states);
}
