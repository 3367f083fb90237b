package dev.partnerprogram.certification;

import dev.partnerprogram.common.LockingRepository;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface CertificationExamRepository extends LockingRepository<CertificationExam> {

    Page<CertificationExam> findByPartnerIdOrderByRequestedAtDescIdDesc(Long partnerId, Pageable pageable);

    Page<CertificationExam> findAllByOrderByRequestedAtDescIdDesc(Pageable pageable);

    List<CertificationExam> findByPartnerIdAndStateInOrderByIdAsc(Long partnerId, Collection<ExamState> states);

    boolean existsBySpecialistIdAndTrackAndStateIn(Long specialistId, CertificationTrack track, Collection<ExamState> states);
}
