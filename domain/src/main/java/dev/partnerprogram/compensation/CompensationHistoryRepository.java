package dev.partnerprogram.compensation;

import dev.partnerprogram.common.SubjectTrailRepository;

public interface CompensationHistoryRepository extends SubjectTrailRepository<CompensationHistory> {}
