package dev.partnerprogram.application;

import dev.partnerprogram.common.FileContentRepository;

public interface DocumentContentRepository extends FileContentRepository<DocumentContent> {}
