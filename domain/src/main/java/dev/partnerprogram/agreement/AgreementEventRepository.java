package dev.partnerprogram.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementEventRepository extends JpaRepository<AgreementEvent, Long> {
    List<AgreementEvent> findByAgreementIdOrderByAtAscIdAsc(Long agreementId);
}
