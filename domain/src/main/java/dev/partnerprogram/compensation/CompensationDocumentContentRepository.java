package dev.partnerprogram.compensation;

import dev.partnerprogram.common.FileContentRepository;

public interface CompensationDocumentContentRepository extends FileContentRepository<CompensationDocumentContent> {}
