package dev.partnerprogram.certification;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DesignationEvidenceRepository extends JpaRepository<DesignationEvidence, Long> {}
