package dev.partnerprogram.agreement;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementDocumentRepository extends JpaRepository<AgreementDocument, Long> {}
