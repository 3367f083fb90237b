package dev.partnerprogram.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

public interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

    Page<Enrollment> findByPartnerIdOrderByEnrolledAtDescIdDesc(Long partnerId, Pageable pageable);

    Page<Enrollment> findAllByOrderByEnrolledAtDescIdDesc(Pageable pageable);

    Page<Enrollment> findBySessionIdOrderByEnrolledAtAscIdAsc(Long sessionId, Pageable pageable);

    boolean existsByPartnerIdAndCourseIdAndEmployeeEmailAndStateIn(Long partnerId, Long courseId, String employeeEmail,
                                                                  Collection<EnrollmentState> states);

    /** Fund money reserved or spent in one partner year. */
    @Query("select coalesce(sum(e.fundContribution), 0) from Enrollment e where e.partnerId = :partnerId "
            + "and e.fundYearStart = :yearStart and e.fundState in :holds")
    BigDecimal sumFund(Long partnerId, LocalDate yearStart, Collection<Enrollment.Hold> holds);

    /** The waiting list of a session, first come first served. */
    List<Enrollment> findBySessionIdAndStateOrderByWaitlistedAtAscIdAsc(Long sessionId, EnrollmentState state, Pageable pageable);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Enrollment e where e.id = :id")
    Optional<Enrollment> findForUpdate(Long id);
}
