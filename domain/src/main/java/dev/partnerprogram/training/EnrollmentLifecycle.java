package dev.partnerprogram.training;

import static dev.partnerprogram.training.EnrollmentSteps.STATES;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.identity.AppUser;
import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An enrolment after booking, as the {@code training-enrollment} process moves it: the staff's decision, the session
 * seat or the waiting list, cancellation and expiry (which give back what was reserved), the reminder, and the result.
 */
@Service
@Transactional(readOnly = true)
public class EnrollmentLifecycle {

    private static final int MAX_COMMENT = 2000;

    private final EnrollmentSteps steps;
    private final EnrollmentService enrollments;
    private final CourseSessionRepository sessions;
    private final CatalogueService catalogue;
    private final BasicTrainingService basicTraining;
    private final AppUserRepository users;
    private final Notifier notifier;

    EnrollmentLifecycle(EnrollmentSteps steps, EnrollmentService enrollments, CourseSessionRepository sessions,
                        CatalogueService catalogue, BasicTrainingService basicTraining, AppUserRepository users,
                        Notifier notifier) {
        this.steps = steps;
        this.enrollments = enrollments;
        this.sessions = sessions;
        this.catalogue = catalogue;
        this.basicTraining = basicTraining;
        this.users = users;
        this.notifier = notifier;
    }

    /** Training staff decide on a request; a rejection must say why. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordDecision(long enrollmentId, boolean approve, String comment, String actor) {
        Enrollment enrollment = steps.lockIn(enrollmentId, EnrollmentState.REQUESTED);
        String reason = FieldChecks.decisionComment(!approve, comment);
        enrollment.noteReason(reason);
        steps.record(enrollment, actor, approve ? "APPROVED" : "REJECTED", reason);
    }

    /**
     * After approval: takes a seat of the session if one is free (the session's row is locked, so two confirmations
     * never take its last seat); otherwise the enrolment waits on the list. Answers whether it got the seat.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean takeSessionSeat(long enrollmentId) {
        Enrollment enrollment = steps.lockIn(enrollmentId, EnrollmentState.REQUESTED, EnrollmentState.WAITING_LIST);
        // Read before the session's row is locked: the confirmations of one session queue on that lock until their
        // transactions end, so each statement taken out of the locked stretch shortens everyone's wait.
        Course course = catalogue.course(enrollment.getCourseId());
        CourseSession session = sessions.findForUpdate(enrollment.getSessionId()).orElseThrow();
        if (session.takeSeat()) {
            enrollment.confirm(steps.now());
            steps.record(enrollment, TrainingEvent.SYSTEM, "CONFIRMED", null);
            Object[] args = {String.valueOf(enrollment.getId()), enrollment.getEmployeeName(), course.getTitle(), dates(session), session.getLocation()};
            notifyPartner(enrollment, MailTemplate.ENROLLMENT_CONFIRMED, "confirmed", args);
            notifier.notify(enrollment.getEmployeeEmail(), enrollment.getLanguage(), MailTemplate.ENROLLMENT_CONFIRMED,
                    key(enrollment, "confirmed-employee"), args);
            return true;
        }
        boolean first = enrollment.getState() != EnrollmentState.WAITING_LIST;
        enrollment.waitlist(steps.now());
        if (first) {
            steps.record(enrollment, TrainingEvent.SYSTEM, "WAITING_LIST", "the session is full");
            notifyPartner(enrollment, MailTemplate.ENROLLMENT_WAITING_LIST, "waiting",
                    String.valueOf(enrollment.getId()), enrollment.getEmployeeName(), course.getTitle(), dates(session));
        }
        return false;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void reject(long enrollmentId) {
        Enrollment enrollment = steps.lock(enrollmentId);
        String reason = enrollment.getDecisionReason();
        steps.close(enrollment, EnrollmentState.REJECTED, reason);
        notifyPartner(enrollment, MailTemplate.ENROLLMENT_REJECTED, "rejected", String.valueOf(enrollment.getId()), enrollment.getEmployeeName(),
                courseTitle(enrollment), dates(enrollment), reason);
    }

    /** The session started before the enrolment was confirmed or got a seat from the waiting list. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void expire(long enrollmentId) {
        Enrollment enrollment = steps.lock(enrollmentId);
        if (!enrollment.getState().isOpen() || enrollment.getState() == EnrollmentState.CONFIRMED) {
            return;
        }
        steps.close(enrollment, EnrollmentState.EXPIRED, "the session started without a confirmed seat");
        steps.record(enrollment, TrainingEvent.SYSTEM, "EXPIRED", null);
        notifyPartner(enrollment, MailTemplate.ENROLLMENT_EXPIRED, "expired", String.valueOf(enrollment.getId()), enrollment.getEmployeeName(),
                courseTitle(enrollment), dates(enrollment));
    }

    /** Checked before the cancellation reaches the process, so a late or repeated cancellation answers 409. */
    public void checkCancellable(long enrollmentId) {
        Enrollment enrollment = steps.get(enrollmentId);
        STATES.require(enrollment, EnrollmentState.OPEN, "conflict.training.final");
        if (catalogue.session(enrollment.getSessionId()).hasStarted(steps.today())) {
            throw new ConflictException("conflict.training.tooLate");
        }
    }

    /**
     * Cancels the enrolment and frees what it held. Answers the enrolment that is first on the session's waiting list
     * when a session seat came free, so the process can offer it the seat.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> cancel(long enrollmentId, String actor) {
        Enrollment enrollment = steps.lock(enrollmentId);
        if (!enrollment.getState().isOpen()) {
            return Optional.empty();
        }
        boolean seatFreed = end(enrollment, actor, "cancelled by " + actor, null);
        notifyPartner(enrollment, MailTemplate.ENROLLMENT_CANCELLED, "cancelled", String.valueOf(enrollment.getId()), enrollment.getEmployeeName(),
                courseTitle(enrollment), dates(enrollment));
        return seatFreed ? enrollments.waitingList(enrollment.getSessionId(), 1).stream().findFirst() : Optional.empty();
    }

    /** What closing a partner's enrolments leaves for the process engine: the processes to end, the seats to offer. */
    public record Closed(List<String> processInstanceIds, List<Long> seatsOfferedTo) {}

    /**
     * The partner's agreement stopped being valid: each of its open enrolments is cancelled with the reason, giving
     * back what it held; each session seat that came free goes to the next on that session's waiting list (the
     * partner's own waiting enrolments are closed first, so none of them is offered one).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Closed closeOpenOf(long partnerId, String reason) {
        List<String> processes = new ArrayList<>();
        Map<Long, Integer> freedSeats = new LinkedHashMap<>();
        for (Enrollment open : steps.openOf(partnerId)) {
            Enrollment enrollment = steps.lock(open.getId());
            if (!enrollment.getState().isOpen()) {
                continue;
            }
            if (end(enrollment, TrainingEvent.SYSTEM, reason, reason)) {
                freedSeats.merge(enrollment.getSessionId(), 1, Integer::sum);
            }
            if (enrollment.getProcessInstanceId() != null) {
                processes.add(enrollment.getProcessInstanceId());
            }
        }
        List<Long> offers = new ArrayList<>();
        freedSeats.forEach((sessionId, seats) -> offers.addAll(enrollments.waitingList(sessionId, seats)));
        return new Closed(processes, offers);
    }

    /** Cancels the enrolment; answers whether a session seat came free. */
    private boolean end(Enrollment enrollment, String actor, String reason, String comment) {
        boolean heldSeat = enrollment.isHoldsSessionSeat();
        steps.close(enrollment, EnrollmentState.CANCELLED, reason);
        steps.record(enrollment, actor, "CANCELLED", comment);
        if (heldSeat) {
            sessions.findForUpdate(enrollment.getSessionId()).orElseThrow().freeSeat();
        }
        return heldSeat;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void remindParticipant(long enrollmentId) {
        Enrollment enrollment = steps.get(enrollmentId);
        if (enrollment.getState() != EnrollmentState.CONFIRMED) {
            return;
        }
        CourseSession session = catalogue.session(enrollment.getSessionId());
        notifier.notify(enrollment.getEmployeeEmail(), enrollment.getLanguage(), MailTemplate.SESSION_REMINDER,
                key(enrollment, "reminder"), String.valueOf(enrollment.getId()), enrollment.getEmployeeName(), courseTitle(enrollment),
                dates(session), session.getLocation());
        steps.record(enrollment, TrainingEvent.SYSTEM, "REMINDED", enrollment.getEmployeeEmail());
    }

    /** Training staff (and the trainer partner's users) hear that a result is overdue. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void escalateResultOverdue(long enrollmentId, String dueAt) {
        Enrollment enrollment = steps.get(enrollmentId);
        CourseSession session = catalogue.session(enrollment.getSessionId());
        Set<AppUser> recipients = new LinkedHashSet<>(users.findEnabledInGroup(ReviewerGroups.TRAINING));
        if (session.getTrainerPartnerId() != null) {
            recipients.addAll(users.findByPartnerIdAndEnabledTrue(session.getTrainerPartnerId()));
        }
        for (AppUser user : recipients) {
            notifier.notify(user, MailTemplate.TRAINING_RESULT_OVERDUE, key(enrollment, "result-overdue"), String.valueOf(enrollment.getId()),
                    enrollment.getEmployeeName(), courseTitle(enrollment), dates(session), dueAt);
        }
        steps.record(enrollment, TrainingEvent.SYSTEM, "RESULT_OVERDUE", dueAt);
    }

    /**
     * The trainer's record of the session for this employee. The seat and the fund money are spent whatever the result;
     * a result of the basic course also counts for the partner's application.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Enrollment recordResult(long enrollmentId, TrainingResult result, Integer score, String comment, String actor) {
        List<FieldViolation> errors = new ArrayList<>();
        if (result == null) {
            errors.add(new FieldViolation("result", "error.required"));
        }
        if (score != null && (score < 0 || score > 100)) {
            errors.add(new FieldViolation("score", "error.between", 0, 100));
        }
        if (score != null && result == TrainingResult.NO_SHOW) {
            errors.add(new FieldViolation("score", "error.training.noShowScore"));
        }
        FieldChecks.maxLength(errors, "comment", comment, MAX_COMMENT);
        FieldChecks.throwIfAny(errors);
        Enrollment enrollment = steps.lockIn(enrollmentId, EnrollmentState.CONFIRMED);
        // A session that has not begun has no result yet (as an exam before its date has no score).
        LocalDate starts = catalogue.session(enrollment.getSessionId()).getStartDate();
        if (starts.isAfter(steps.today())) {
            throw new InvalidInputException("result", "error.training.tooEarly", starts);
        }
        enrollment.recordResult(result, score, steps.now());
        Course course = catalogue.course(enrollment.getCourseId());
        if (course.getKind() == CourseKind.BASIC && result != TrainingResult.NO_SHOW) {
            basicTraining.recordCourseResult(enrollment.getPartnerId(), enrollment.getId(), enrollment.getEmployeeName(),
                    enrollment.getEmployeeEmail(), result == TrainingResult.PASSED, score, actor);
        }
        steps.record(enrollment, actor, "RESULT_" + result.name(), FieldChecks.trimToNull(comment));
        Object[] args = {String.valueOf(enrollment.getId()), enrollment.getEmployeeName(), course.getTitle(),
                new DefaultMessageSourceResolvable("mail.training-result." + result.name()), score == null ? "—" : score + "%"};
        notifyPartner(enrollment, MailTemplate.TRAINING_RESULT, "result", args);
        if (result != TrainingResult.NO_SHOW) {
            notifier.notify(enrollment.getEmployeeEmail(), enrollment.getLanguage(), MailTemplate.TRAINING_RESULT,
                    key(enrollment, "result-employee"), args);
        }
        return enrollment;
    }

    private String courseTitle(Enrollment enrollment) {
        return catalogue.course(enrollment.getCourseId()).getTitle();
    }

    private String dates(Enrollment enrollment) {
        return dates(catalogue.session(enrollment.getSessionId()));
    }

    private static String dates(CourseSession session) {
        return session.getStartDate().equals(session.getEndDate()) ? session.getStartDate().toString()
                : session.getStartDate() + " – " + session.getEndDate();
    }

    private static String key(Enrollment enrollment, String what) {
        return "enrollment-" + enrollment.getId() + "-" + what;
    }

    private void notifyPartner(Enrollment enrollment, MailTemplate template, String what, Object... args) {
        notifier.notifyPartner(enrollment.getPartnerId(), template, key(enrollment, what), args);
    }
}
