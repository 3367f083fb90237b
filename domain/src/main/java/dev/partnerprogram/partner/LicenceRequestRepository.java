package dev.partnerprogram.partner;

import dev.partnerprogram.common.LockingRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface LicenceRequestRepository extends LockingRepository<LicenceRequest> {

    Page<LicenceRequest> findByPartnerIdOrderByRequestedAtDescIdDesc(Long partnerId, Pageable pageable);

    Page<LicenceRequest> findByStateOrderByRequestedAtAscIdAsc(LicenceRequest.State state, Pageable pageable);
}
