package dev.partnerprogram.compensation;

import dev.partnerprogram.common.UploadedFileRepository;

public interface CompensationDocumentRepository extends UploadedFileRepository<CompensationDocument> {

    long countBySubjectId(Long compensationId);
}
