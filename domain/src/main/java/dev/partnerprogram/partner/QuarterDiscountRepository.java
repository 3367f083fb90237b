package dev.partnerprogram.partner;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuarterDiscountRepository extends JpaRepository<QuarterDiscount, Long> {

    Optional<QuarterDiscount> findByPartnerIdAndQuarterStart(Long partnerId, LocalDate quarterStart);

    Page<QuarterDiscount> findByPartnerIdOrderByQuarterStartDesc(Long partnerId, Pageable pageable);
}
