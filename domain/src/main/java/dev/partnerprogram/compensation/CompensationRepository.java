package dev.partnerprogram.compensation;

import dev.partnerprogram.common.LockingRepository;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface CompensationRepository extends LockingRepository<Compensation> {

    Page<Compensation> findByPartnerIdOrderBySubmittedAtDesc(Long partnerId, Pageable pageable);

    Page<Compensation> findAllByOrderBySubmittedAtDesc(Pageable pageable);

    Page<Compensation> findByStateInOrderBySubmittedAtDesc(Collection<CompensationState> states, Pageable pageable);

    Page<Compensation> findByBudgetIdOrderBySubmittedAtDesc(Long budgetId, Pageable pageable);

    boolean existsByPaymentDocument(String paymentDocument);

    List<Compensation> findByPartnerIdAndStateInOrderByIdAsc(Long partnerId, Collection<CompensationState> states);
}
