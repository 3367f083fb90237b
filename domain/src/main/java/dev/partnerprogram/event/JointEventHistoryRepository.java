package dev.partnerprogram.event;

import dev.partnerprogram.common.SubjectTrailRepository;

public interface JointEventHistoryRepository extends SubjectTrailRepository<JointEventHistory> {}
