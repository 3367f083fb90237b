package dev.partnerprogram.event;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface JointEventRepository extends JpaRepository<JointEvent, Long> {

    Page<JointEvent> findByPartnerIdOrderBySubmittedAtDesc(Long partnerId, Pageable pageable);

    Page<JointEvent> findAllByOrderBySubmittedAtDesc(Pageable pageable);

    Page<JointEvent> findByStateAndEventDateBetweenOrderByEventDateAscIdAsc(JointEventState state, LocalDate from, LocalDate to,
                                                                           Pageable pageable);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from JointEvent e where e.id = :id")
    Optional<JointEvent> findForUpdate(Long id);
}
