package dev.partnerprogram.compensation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CompensationDocumentRepository extends JpaRepository<CompensationDocument, Long> {
    List<CompensationDocument> findByCompensationIdOrderByUploadedAtAscIdAsc(Long compensationId);

    long countByCompensationId(Long compensationId);
}
