package dev.partnerprogram.application;

import dev.partnerprogram.common.UploadedFileRepository;

public interface DocumentRepository extends UploadedFileRepository<Document> {

    boolean existsBySubjectIdAndKind(Long applicationId, DocumentKind kind);
}
