package dev.partnerprogram.application;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationEventRepository extends JpaRepository<ApplicationEvent, Long> {
    List<ApplicationEvent> findByApplicationIdOrderByAtAscIdAsc(Long applicationId);
}
