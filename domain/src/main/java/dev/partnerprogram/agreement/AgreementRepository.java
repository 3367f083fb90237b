package dev.partnerprogram.agreement;

import dev.partnerprogram.common.LockingRepository;
import java.util.List;
import java.util.Optional;

public interface AgreementRepository extends LockingRepository<Agreement> {
    /** The partner's current agreement: its latest. */
    Optional<Agreement> findFirstByPartnerIdOrderByIdDesc(Long partnerId);

    org.springframework.data.domain.Page<Agreement> findByPartnerIdOrderByIdDesc(Long partnerId,
                                                                                 org.springframework.data.domain.Pageable pageable);

    List<Agreement> findByStateNot(AgreementState state);

    long countByPartnerId(Long partnerId);
}
