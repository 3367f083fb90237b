package dev.partnerprogram.event;

import dev.partnerprogram.common.LockingRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface JointEventRepository extends LockingRepository<JointEvent> {

    Page<JointEvent> findByPartnerIdOrderBySubmittedAtDesc(Long partnerId, Pageable pageable);

    List<JointEvent> findByPartnerIdAndStateNotInOrderByIdAsc(Long partnerId, Collection<JointEventState> states);

    Page<JointEvent> findAllByOrderBySubmittedAtDesc(Pageable pageable);

    Page<JointEvent> findByStateAndEventDateBetweenOrderByEventDateAscIdAsc(JointEventState state, LocalDate from, LocalDate to,
                                                                           Pageable pageable);
}
