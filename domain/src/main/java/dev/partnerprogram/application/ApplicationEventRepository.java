package dev.partnerprogram.application;

import dev.partnerprogram.common.SubjectTrailRepository;

public interface ApplicationEventRepository extends SubjectTrailRepository<ApplicationEvent> {}
