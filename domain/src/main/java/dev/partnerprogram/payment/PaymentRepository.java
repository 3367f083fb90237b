package dev.partnerprogram.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

    @Query("select coalesce(sum(p.amount), 0) from Payment p where p.partnerId = :partnerId "
            + "and p.paidOn >= :from and p.paidOn <= :to and p.kind in :kinds")
    BigDecimal sumBetween(Long partnerId, LocalDate from, LocalDate to, Collection<PaymentKind> kinds);

    Page<Payment> findByPartnerIdOrderByPaidOnDescIdDesc(Long partnerId, Pageable pageable);

    Page<Payment> findAllByOrderByPaidOnDescIdDesc(Pageable pageable);

    boolean existsByPartnerIdAndReference(Long partnerId, String reference);
}
