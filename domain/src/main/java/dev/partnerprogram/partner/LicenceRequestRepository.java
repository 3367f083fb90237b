package dev.partnerprogram.partner;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface LicenceRequestRepository extends JpaRepository<LicenceRequest, Long> {

    Page<LicenceRequest> findByPartnerIdOrderByRequestedAtDescIdDesc(Long partnerId, Pageable pageable);

    Page<LicenceRequest> findByStateOrderByRequestedAtAscIdAsc(LicenceRequest.State state, Pageable pageable);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from LicenceRequest r where r.id = :id")
    Optional<LicenceRequest> findForUpdate(Long id);
}
