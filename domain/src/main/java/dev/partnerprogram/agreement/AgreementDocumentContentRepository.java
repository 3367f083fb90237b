package dev.partnerprogram.agreement;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementDocumentContentRepository extends JpaRepository<AgreementDocumentContent, Long> {}
