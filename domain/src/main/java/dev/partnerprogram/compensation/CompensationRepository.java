package dev.partnerprogram.compensation;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CompensationRepository extends JpaRepository<Compensation, Long> {

    Page<Compensation> findByPartnerIdOrderBySubmittedAtDesc(Long partnerId, Pageable pageable);

    Page<Compensation> findAllByOrderBySubmittedAtDesc(Pageable pageable);

    Page<Compensation> findByStateInOrderBySubmittedAtDesc(Collection<CompensationState> states, Pageable pageable);

    Page<Compensation> findByBudgetIdOrderBySubmittedAtDesc(Long budgetId, Pageable pageable);

    boolean existsByPaymentDocument(String paymentDocument);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Compensation c where c.id = :id")
    Optional<Compensation> findForUpdate(Long id);
}
