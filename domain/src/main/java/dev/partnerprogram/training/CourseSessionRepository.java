package dev.partnerprogram.training;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CourseSessionRepository extends JpaRepository<CourseSession, Long> {

    Page<CourseSession> findByCourseIdAndStartDateAfterOrderByStartDateAscIdAsc(Long courseId, LocalDate after, Pageable pageable);

    Page<CourseSession> findByCourseIdOrderByStartDateDescIdDesc(Long courseId, Pageable pageable);

    Page<CourseSession> findByStartDateGreaterThanEqualOrderByStartDateAscIdAsc(LocalDate from, Pageable pageable);

    Page<CourseSession> findByTrainerPartnerIdOrderByStartDateDescIdDesc(Long trainerPartnerId, Pageable pageable);

    Optional<CourseSession> findFirstByCourseIdAndStartDateAfterOrderByStartDateAscIdAsc(Long courseId, LocalDate after);

    /** Confirmations of one session queue up here, so two of them never take its last seat. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from CourseSession s where s.id = :id")
    Optional<CourseSession> findForUpdate(Long id);
}
