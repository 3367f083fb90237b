package dev.partnerprogram.training;

import dev.partnerprogram.common.LockingRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

public interface EnrollmentRepository extends LockingRepository<Enrollment> {

    Page<Enrollment> findByPartnerIdOrderByEnrolledAtDescIdDesc(Long partnerId, Pageable pageable);

    Page<Enrollment> findAllByOrderByEnrolledAtDescIdDesc(Pageable pageable);

    Page<Enrollment> findBySessionIdOrderByEnrolledAtAscIdAsc(Long sessionId, Pageable pageable);

    boolean existsByPartnerIdAndCourseIdAndEmployeeEmailAndStateIn(Long partnerId, Long courseId, String employeeEmail,
                                                                  Collection<EnrollmentState> states);

    /** Fund money reserved or spent in one partner year. */
    @Query("select coalesce(sum(e.fundContribution), 0) from Enrollment e where e.partnerId = :partnerId "
            + "and e.fundYearStart = :yearStart and e.fundState in :holds")
    BigDecimal sumFund(Long partnerId, LocalDate yearStart, Collection<Enrollment.Hold> holds);

    List<Enrollment> findByPartnerIdAndStateInOrderByIdAsc(Long partnerId, Collection<EnrollmentState> states);

    /** The waiting list of a session, first come first served. */
    List<Enrollment> findBySessionIdAndStateOrderByWaitlistedAtAscIdAsc(Long sessionId, EnrollmentState state, Pageable pageable);
}
