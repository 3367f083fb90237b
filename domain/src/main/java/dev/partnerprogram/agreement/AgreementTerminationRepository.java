package dev.partnerprogram.agreement;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementTerminationRepository extends JpaRepository<AgreementTermination, Long> {
    /** The agreement's latest termination, whatever became of it. */
    Optional<AgreementTermination> findFirstByAgreementIdOrderByIdDesc(Long agreementId);
}
