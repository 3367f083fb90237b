package dev.partnerprogram.event;

import dev.partnerprogram.common.LockingRepository;
import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface JointEventRepository extends LockingRepository<JointEvent> {

    Page<JointEvent> findByPartnerIdOrderBySubmittedAtDesc(Long partnerId, Pageable pageable);

    Page<JointEvent> findAllByOrderBySubmittedAtDesc(Pageable pageable);

    Page<JointEvent> findByStateAndEventDateBetweenOrderByEventDateAscIdAsc(JointEventState state, LocalDate from, LocalDate to,
                                                                           Pageable pageable);
}
