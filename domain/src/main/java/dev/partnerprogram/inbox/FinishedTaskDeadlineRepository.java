package dev.partnerprogram.inbox;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FinishedTaskDeadlineRepository extends JpaRepository<FinishedTaskDeadline, String> {
}
