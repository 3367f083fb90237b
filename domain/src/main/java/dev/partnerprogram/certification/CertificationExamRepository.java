package dev.partnerprogram.certification;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CertificationExamRepository extends JpaRepository<CertificationExam, Long> {

    Page<CertificationExam> findByPartnerIdOrderByRequestedAtDescIdDesc(Long partnerId, Pageable pageable);

    Page<CertificationExam> findAllByOrderByRequestedAtDescIdDesc(Pageable pageable);

    boolean existsBySpecialistIdAndTrackAndStateIn(Long specialistId, CertificationTrack track, Collection<ExamState> states);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from CertificationExam e where e.id = :id")
    Optional<CertificationExam> findForUpdate(Long id);
}
