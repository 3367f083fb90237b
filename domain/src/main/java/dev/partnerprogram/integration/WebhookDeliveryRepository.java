package dev.partnerprogram.integration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

    /** Due deliveries of active endpoints: a paused endpoint's deliveries wait until it is resumed. */
    @Query("select d.id from WebhookDelivery d, WebhookEndpoint e where e.id = d.endpointId "
            + "and e.state = dev.partnerprogram.integration.WebhookEndpoint.State.ACTIVE "
            + "and ((d.status = dev.partnerprogram.integration.WebhookDelivery.Status.PENDING and d.nextAttemptAt <= :now) "
            + "or (d.status = dev.partnerprogram.integration.WebhookDelivery.Status.SENDING and d.lockedUntil < :now)) order by d.id")
    List<Long> findDue(Instant now, Pageable limit);

    /** Takes the delivery for one worker; another node's worker gets 0 and leaves it alone. */
    @Modifying
    @Query("update WebhookDelivery d set d.status = dev.partnerprogram.integration.WebhookDelivery.Status.SENDING, d.lockedUntil = :until "
            + "where d.id = :id and ((d.status = dev.partnerprogram.integration.WebhookDelivery.Status.PENDING and d.nextAttemptAt <= :now) "
            + "or (d.status = dev.partnerprogram.integration.WebhookDelivery.Status.SENDING and d.lockedUntil < :now))")
    int claim(long id, Instant now, Instant until);

    Page<WebhookDelivery> findByEndpointIdOrderByIdDesc(long endpointId, Pageable pageable);

    Optional<WebhookDelivery> findByIdAndEndpointId(long id, long endpointId);
}
