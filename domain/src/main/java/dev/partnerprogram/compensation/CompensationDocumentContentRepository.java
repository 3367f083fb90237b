package dev.partnerprogram.compensation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CompensationDocumentContentRepository extends JpaRepository<CompensationDocumentContent, Long> {}
