package dev.partnerprogram.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OutboxRepository extends JpaRepository<OutboxMessage, Long>, OutboxWrites {

    @Query("select m.id from OutboxMessage m where (m.status = dev.partnerprogram.notification.OutboxStatus.PENDING and m.nextAttemptAt <= :now) "
            + "or (m.status = dev.partnerprogram.notification.OutboxStatus.SENDING and m.lockedUntil < :now) order by m.id")
    List<Long> findDue(Instant now, Pageable limit);

    /** Takes the message for one sender; a second sender (another node) gets 0 and leaves it alone. */
    @Modifying
    @Query("update OutboxMessage m set m.status = dev.partnerprogram.notification.OutboxStatus.SENDING, m.lockedUntil = :until "
            + "where m.id = :id and ((m.status = dev.partnerprogram.notification.OutboxStatus.PENDING and m.nextAttemptAt <= :now) "
            + "or (m.status = dev.partnerprogram.notification.OutboxStatus.SENDING and m.lockedUntil < :now))")
    int claim(Long id, Instant now, Instant until);

    Page<OutboxMessage> findAllByOrderByIdDesc(Pageable pageable);

    Page<OutboxMessage> findByStatusOrderByIdDesc(OutboxStatus status, Pageable pageable);

    List<OutboxMessage> findByRecipientOrderByIdAsc(String recipient);
}
