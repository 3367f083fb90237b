package dev.partnerprogram.application;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentRepository extends JpaRepository<Document, Long> {
    List<Document> findByApplicationIdOrderByUploadedAtAscIdAsc(Long applicationId);

    boolean existsByApplicationIdAndKind(Long applicationId, DocumentKind kind);
}
