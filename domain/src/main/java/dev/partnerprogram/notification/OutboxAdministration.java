package dev.partnerprogram.notification;

import dev.partnerprogram.common.NotFoundException;
import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class OutboxAdministration {
    private final OutboxRepository outbox;
    private final Clock clock;

    public OutboxAdministration(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public Page<OutboxMessage> list(OutboxStatus status, Pageable pageable) {
        return status == null ? outbox.findAllByOrderByIdDesc(pageable) : outbox.findByStatusOrderByIdDesc(status, pageable);
    }

    public OutboxMessage get(long id) {
        return outbox.findById(id).orElseThrow(() -> new NotFoundException("notFound.mail"));
    }

    @Transactional
    public void requeue(long id) {
        get(id).requeue(clock.instant());
    }
}
