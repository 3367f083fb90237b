package dev.partnerprogram.agreement;

import dev.partnerprogram.common.SubjectTrailRepository;

public interface AgreementEventRepository extends SubjectTrailRepository<AgreementEvent> {}
