package dev.partnerprogram.upgrade;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DevelopmentPlanRepository extends JpaRepository<DevelopmentPlan, Long> {}
