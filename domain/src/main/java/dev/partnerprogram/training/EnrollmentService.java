package dev.partnerprogram.training;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is known of enrolments: one by id, a partner's, a session's attendees and waiting list, and the history of
 * one. Booking is {@link EnrollmentBooking}; the steps after it are {@link EnrollmentLifecycle}.
 */
@Service
@Transactional(readOnly = true)
public class EnrollmentService {

    private final EnrollmentSteps steps;
    private final EnrollmentRepository enrollments;
    private final TrainingEventRepository events;

    EnrollmentService(EnrollmentSteps steps, EnrollmentRepository enrollments, TrainingEventRepository events) {
        this.steps = steps;
        this.enrollments = enrollments;
        this.events = events;
    }

    public Enrollment get(long enrollmentId) {
        return steps.get(enrollmentId);
    }

    public Page<Enrollment> listForPartner(long partnerId, Pageable pageable) {
        return enrollments.findByPartnerIdOrderByEnrolledAtDescIdDesc(partnerId, pageable);
    }

    public Page<Enrollment> listAll(Pageable pageable) {
        return enrollments.findAllByOrderByEnrolledAtDescIdDesc(pageable);
    }

    public Page<Enrollment> attendees(long sessionId, Pageable pageable) {
        return enrollments.findBySessionIdOrderByEnrolledAtAscIdAsc(sessionId, pageable);
    }

    public List<TrainingEvent> history(long enrollmentId) {
        return events.findBySubjectTypeAndSubjectIdOrderByAtAscIdAsc(TrainingEvent.SubjectType.ENROLLMENT, enrollmentId);
    }

    /** The first {@code count} enrolments on a session's waiting list. */
    public List<Long> waitingList(long sessionId, int count) {
        if (count <= 0) {
            return List.of();
        }
        return enrollments.findBySessionIdAndStateOrderByWaitlistedAtAscIdAsc(sessionId, EnrollmentState.WAITING_LIST,
                PageRequest.of(0, count)).stream().map(Enrollment::getId).toList();
    }
}
