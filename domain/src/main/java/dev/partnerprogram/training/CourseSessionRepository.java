package dev.partnerprogram.training;

import dev.partnerprogram.common.LockingRepository;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Confirmations of one session lock its row ({@link #findForUpdate}) and queue up, so two of them never take its last
 * seat.
 */
public interface CourseSessionRepository extends LockingRepository<CourseSession> {

    Page<CourseSession> findByCourseIdAndStartDateAfterOrderByStartDateAscIdAsc(Long courseId, LocalDate after, Pageable pageable);

    Page<CourseSession> findByCourseIdOrderByStartDateDescIdDesc(Long courseId, Pageable pageable);

    Page<CourseSession> findByStartDateGreaterThanEqualOrderByStartDateAscIdAsc(LocalDate from, Pageable pageable);

    Page<CourseSession> findByTrainerPartnerIdOrderByStartDateDescIdDesc(Long trainerPartnerId, Pageable pageable);

    Optional<CourseSession> findFirstByCourseIdAndStartDateAfterOrderByStartDateAscIdAsc(Long courseId, LocalDate after);
}
