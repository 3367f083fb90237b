package dev.partnerprogram.workflow.training;

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.training.CatalogueService;
import dev.partnerprogram.training.Course;
import dev.partnerprogram.training.CourseSession;
import dev.partnerprogram.training.EnrollmentService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door to keeping the course catalogue: courses, active or not, and their sessions. Only administrators keep it;
 * everybody reads the active catalogue through {@link TrainingWorkflow}.
 */
@Service
public class Catalogue {

    private final CatalogueService catalogue;
    private final EnrollmentService enrollments;
    private final TrainingWorkflow training;
    private final RuntimeService runtime;

    public Catalogue(CatalogueService catalogue, EnrollmentService enrollments, TrainingWorkflow training, RuntimeService runtime) {
        this.catalogue = catalogue;
        this.enrollments = enrollments;
        this.training = training;
        this.runtime = runtime;
    }

    /** Every course, active or not. */
    @Transactional(readOnly = true)
    public Page<Course> courses(Caller caller, Pageable pageable) {
        requireAdmin(caller);
        return catalogue.allCourses(pageable);
    }

    @Transactional(readOnly = true)
    public Course course(Caller caller, String code) {
        requireAdmin(caller);
        return catalogue.course(code);
    }

    @Transactional
    public Course createCourse(Caller caller, CatalogueService.CourseInput input) {
        requireAdmin(caller);
        return catalogue.createCourse(input);
    }

    @Transactional
    public Course updateCourse(Caller caller, String code, CatalogueService.CourseInput input) {
        requireAdmin(caller);
        return catalogue.updateCourse(code, input);
    }

    /** The course's sessions, past ones too. */
    @Transactional(readOnly = true)
    public Page<CourseView.SessionView> sessions(Caller caller, String courseCode, Pageable pageable) {
        requireAdmin(caller);
        return catalogue.sessionsOf(catalogue.course(courseCode).getId(), pageable).map(s -> training.session(s.getId()));
    }

    /** Schedules a session; the trainer is the vendor or a Certified Training Center. */
    @Transactional
    public CourseView.SessionView createSession(Caller caller, String courseCode, CatalogueService.SessionInput input) {
        requireAdmin(caller);
        CourseSession session = catalogue.createSession(courseCode, input);
        return training.session(session.getId());
    }

    /** Changes a session; new seats go to its waiting list first, in the order it filled. */
    @Transactional
    public CourseView.SessionView updateSession(Caller caller, long sessionId, CatalogueService.SessionInput input) {
        requireAdmin(caller);
        CourseSession session = catalogue.updateSession(sessionId, input);
        for (Long waiting : enrollments.waitingList(sessionId, session.seatsLeft())) {
            SeatOffers.offer(runtime, waiting);
        }
        return training.session(sessionId);
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new ForbiddenException("forbidden.catalogue");
        }
    }
}
