package dev.partnerprogram.certification;

import dev.partnerprogram.common.LockingRepository;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface CertificationExamRepository extends LockingRepository<CertificationExam> {

    Page<CertificationExam> findByPartnerIdOrderByRequestedAtDescIdDesc(Long partnerId, Pageable pageable);

    Page<CertificationExam> findAllByOrderByRequestedAtDescIdDesc(Pageable pageable);

    boolean existsBySpecialistIdAndTrackAndStateIn(Long specialistId, CertificationTrack track, Collection<ExamState> states);
}
