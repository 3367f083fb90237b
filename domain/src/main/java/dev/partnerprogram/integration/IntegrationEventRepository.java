package dev.partnerprogram.integration;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IntegrationEventRepository extends JpaRepository<IntegrationEvent, Long> {

    @Query("select e from IntegrationEvent e where e.id > :after and e.occurredAt <= :settledBefore order by e.id")
    List<IntegrationEvent> findAfter(long after, Instant settledBefore, Pageable limit);
}
