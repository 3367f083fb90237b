package dev.partnerprogram.request;

import dev.partnerprogram.common.LockingRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface PartnerRequestRepository extends LockingRepository<PartnerRequest> {

    Page<PartnerRequest> findByPartnerIdOrderByCreatedAtDescIdDesc(Long partnerId, Pageable pageable);

    Page<PartnerRequest> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

    java.util.List<PartnerRequest> findByPartnerIdAndStateOrderByIdAsc(Long partnerId, PartnerRequestState state);

    Page<PartnerRequest> findByKindOrderByCreatedAtDescIdDesc(PartnerRequestKind kind, Pageable pageable);
}
