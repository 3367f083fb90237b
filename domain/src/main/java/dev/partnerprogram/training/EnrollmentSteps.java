package dev.partnerprogram.training;

import dev.partnerprogram.common.Lookup;
import dev.partnerprogram.common.States;
import dev.partnerprogram.partner.BenefitQuota;
import dev.partnerprogram.partner.BenefitQuotaRepository;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.partner.QuotaKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What booking and the later steps of an enrolment share: finding it (locked, in a state that allows the step), the
 * partner's free seats that booking takes and an ending gives back, the line in its training history, and the clock
 * and day they count with.
 */
@Component
class EnrollmentSteps {

    static final States<Enrollment, EnrollmentState> STATES = new States<>(Enrollment::getState, "enrollment.state",
            "conflict.training.stepNotPossible");

    private final EnrollmentRepository enrollments;
    private final Lookup<Enrollment> lookup;
    private final PartnerService partners;
    private final BenefitQuotaRepository quotas;
    private final TrainingEventRepository events;
    private final CatalogueService catalogue;
    private final Clock clock;

    EnrollmentSteps(EnrollmentRepository enrollments, PartnerService partners, BenefitQuotaRepository quotas,
                    TrainingEventRepository events, CatalogueService catalogue, Clock clock) {
        this.enrollments = enrollments;
        this.lookup = new Lookup<>(enrollments, "notFound.enrollment");
        this.partners = partners;
        this.quotas = quotas;
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

    /** The partner's enrolments that still hold or wait for a place. */
    List<Enrollment> openOf(long partnerId) {
        return enrollments.findByPartnerIdAndStateInOrderByIdAsc(partnerId, EnrollmentState.OPEN);
    }

    /** The enrolment with its row locked, when it is in one of the {@code allowed} states; otherwise 409. */
    Enrollment lockIn(long enrollmentId, EnrollmentState... allowed) {
        return lookup.lockIn(enrollmentId, STATES, allowed);
    }

    /** The partner's free training seats of the partner year running today, if it was granted any. */
    Optional<BenefitQuota> freeSeats(long partnerId) {
        return quotas.findCurrent(partnerId, QuotaKind.FREE_TRAINING_SEATS, today());
    }

    /**
     * Ends the enrolment and releases what it held. The partner's row is locked first, so a free seat given back
     * cannot race an enrolment taking one, and released fund money is seen by the next enrolment.
     */
    void close(Enrollment enrollment, EnrollmentState state, String reason) {
        boolean seatReserved = enrollment.getSeatState() == Enrollment.Hold.RESERVED;
        partners.lockForUpdate(enrollment.getPartnerId());
        enrollment.close(state, reason, now());
        if (seatReserved && enrollment.getQuotaId() != null) {
            quotas.findForUpdate(enrollment.getQuotaId()).ifPresent(BenefitQuota::giveBack);
        }
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
