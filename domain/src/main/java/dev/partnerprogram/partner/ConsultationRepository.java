package dev.partnerprogram.partner;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    Page<Consultation> findByPartnerIdOrderByConsultedOnDescIdDesc(Long partnerId, Pageable pageable);
}
