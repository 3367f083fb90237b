package dev.partnerprogram.training;

import dev.partnerprogram.common.Lookup;
import dev.partnerprogram.common.States;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * What booking and the later steps of an enrolment share: finding it (locked, in a state that allows the step), the
 * line in its training history, and the clock and day they count with.
 */
@Component
class EnrollmentSteps {

    static final States<Enrollment, EnrollmentState> STATES = new States<>(Enrollment::getState, "enrollment.state",
            "conflict.training.stepNotPossible");

    private final Lookup<Enrollment> lookup;
    private final TrainingEventRepository events;
    private final CatalogueService catalogue;
    private final Clock clock;

    EnrollmentSteps(EnrollmentRepository enrollments, TrainingEventRepository events, CatalogueService catalogue, Clock clock) {
        this.lookup = new Lookup<>(enrollments, "notFound.enrollment");
        this.events = events;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    Enrollment get(long enrollmentId) {
        return lookup.get(enrollmentId);
    }

    Enrollment lock(long enrollmentId) {
        return lookup.lock(enrollmentId);
    }

    /** The enrolment with its row locked, when it is in one of the {@code allowed} states; otherwise 409. */
    Enrollment lockIn(long enrollmentId, EnrollmentState... allowed) {
        return lookup.lockIn(enrollmentId, STATES, allowed);
    }

    void record(Enrollment enrollment, String actor, String action, String comment) {
        events.save(new TrainingEvent(TrainingEvent.SubjectType.ENROLLMENT, enrollment.getId(), now(), actor, action, comment));
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return catalogue.today();
    }
}
