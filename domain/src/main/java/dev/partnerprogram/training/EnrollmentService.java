package dev.partnerprogram.training;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.identity.AppUser;
import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import dev.partnerprogram.partner.BenefitQuota;
import dev.partnerprogram.partner.BenefitQuotaRepository;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.partner.QuotaKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of an enrolment: its price (free seat, partner discount, University fund), the reservations it holds,
 * and what each step of the {@code training-enrollment} process records and tells.
 */
@Service
public class EnrollmentService {

    /**
     * What a partner asks for. Without {@code sessionId} the course's next session is taken. {@code fundAmount} asks
     * for an exact sum from the University fund; {@code payFromUniversityFund} alone asks for as much as the rules allow.
     */
    public record EnrollCommand(String courseCode, Long sessionId, String employeeName, String employeeEmail,
                                Boolean payFromUniversityFund, BigDecimal fundAmount) {}

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_COMMENT = 2000;

    private final EnrollmentRepository enrollments;
    private final CourseRepository courses;
    private final CourseSessionRepository sessions;
    private final CatalogueService catalogue;
    private final PartnerService partners;
    private final BenefitQuotaRepository quotas;
    private final PricingRules pricing;
    private final UniversityFund fund;
    private final BasicTrainingService basicTraining;
    private final TrainingEventRepository events;
    private final AppUserRepository users;
    private final Notifier notifier;
    private final ProgramProperties properties;
    private final Clock clock;

    public EnrollmentService(EnrollmentRepository enrollments, CourseRepository courses, CourseSessionRepository sessions,
                             CatalogueService catalogue, PartnerService partners, BenefitQuotaRepository quotas,
                             PricingRules pricing, UniversityFund fund, BasicTrainingService basicTraining,
                             TrainingEventRepository events, AppUserRepository users, Notifier notifier,
                             ProgramProperties properties, Clock clock) {
        this.enrollments = enrollments;
        this.courses = courses;
        this.sessions = sessions;
        this.catalogue = catalogue;
        this.partners = partners;
        this.quotas = quotas;
        this.pricing = pricing;
        this.fund = fund;
        this.basicTraining = basicTraining;
        this.events = events;
        this.users = users;
        this.notifier = notifier;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Enrols an employee and reserves what pays for the seat. Everything is checked before anything is reserved;
     * the partner's row is locked first, so concurrent enrolments of one partner see each other's reservations.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Enrollment enroll(long partnerId, EnrollCommand command, String actor, String language) {
        List<FieldViolation> errors = new ArrayList<>();
        Course course = null;
        if (FieldChecks.require(errors, "courseCode", command.courseCode(), 40)) {
            course = catalogue.findCourse(command.courseCode()).filter(Course::isActive).orElse(null);
            if (course == null) {
                errors.add(new FieldViolation("courseCode", "error.training.noCourse"));
            }
        }
        FieldChecks.require(errors, "employeeName", command.employeeName(), 200);
        String email = command.employeeEmail() == null ? null : command.employeeEmail().trim().toLowerCase(Locale.ROOT);
        if (FieldChecks.require(errors, "employeeEmail", email, 200) && !EMAIL.matcher(email).matches()) {
            errors.add(new FieldViolation("employeeEmail", "error.email"));
        }
        CourseSession session = course == null ? null : session(errors, course, command.sessionId());
        BigDecimal fundAmount = command.fundAmount();
        if (fundAmount != null && (fundAmount.signum() < 0 || fundAmount.stripTrailingZeros().scale() > 2)) {
            errors.add(new FieldViolation("fundAmount", "error.training.amount"));
            fundAmount = null;
        }
        FieldChecks.throwIfAny(errors);

        PartnerCompany partner = partners.lockForUpdate(partnerId);
        if (enrollments.existsByPartnerIdAndCourseIdAndEmployeeEmailAndStateIn(partnerId, course.getId(), email, EnrollmentState.OPEN)) {
            throw new ConflictException("conflict.training.alreadyEnrolled");
        }
        Optional<BenefitQuota> quota = quotas.findCurrent(partnerId, QuotaKind.FREE_TRAINING_SEATS, today());
        boolean wantsFund = Boolean.TRUE.equals(command.payFromUniversityFund()) || (fundAmount != null && fundAmount.signum() > 0);
        Quote quote = price(partner, course, session, quota, wantsFund ? fundAmount : BigDecimal.ZERO, wantsFund && fundAmount == null);
        if (quote.rule() == PricingRule.FREE_SEAT) {
            quota.orElseThrow().take();
        }
        Enrollment enrollment = enrollments.save(new Enrollment(partnerId, course, session, command.employeeName().trim(), email,
                language, quote, quota.map(BenefitQuota::getId).orElse(null), partner.getPartnerYearStart(), actor, clock.instant()));
        event(enrollment, actor, "ENROLLED", describe(quote));
        return enrollment;
    }

    /** The price a partner would pay now, without reserving anything: for the catalogue. */
    @Transactional(readOnly = true)
    public Quote quote(long partnerId, Course course, CourseSession session) {
        PartnerCompany partner = partners.get(partnerId);
        Optional<BenefitQuota> quota = quotas.findCurrent(partnerId, QuotaKind.FREE_TRAINING_SEATS, today());
        return price(partner, course, session, quota, BigDecimal.ZERO, false);
    }

    /**
     * Applies the pricing rules. A free seat counts only for a session in the partner year it was granted for. The fund
     * pays at most the rules' share of the price and never more than is left of it.
     */
    private Quote price(PartnerCompany partner, Course course, CourseSession session, Optional<BenefitQuota> quota,
                        BigDecimal fundRequested, boolean fundAsMuchAsPossible) {
        int seatsLeft = quota.filter(q -> session == null || !session.getStartDate().isAfter(q.getPeriodEnd()))
                .map(BenefitQuota::left).orElse(0);
        PricingRules.Decision decision = pricing.decide(partner.getStatus(), course.getKind(), seatsLeft);
        BigDecimal list = course.getPrice().setScale(2);
        BigDecimal discount = switch (decision.rule()) {
            case FREE_SEAT -> HUNDRED;
            case PARTNER_DISCOUNT -> BigDecimal.valueOf(properties.tier(partner.getStatus().name()).trainingDiscount());
            case FULL_PRICE -> BigDecimal.ZERO;
        };
        BigDecimal price = list.multiply(HUNDRED.subtract(discount)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        BigDecimal cap = price.multiply(BigDecimal.valueOf(decision.fundCapPercent())).divide(HUNDRED, 2, RoundingMode.DOWN);
        BigDecimal contribution = BigDecimal.ZERO.setScale(2);
        if (fundAsMuchAsPossible || fundRequested.signum() > 0) {
            if (cap.signum() == 0) {
                throw new InvalidInputException("payFromUniversityFund", "error.training.fundOnlyUniversity");
            }
            BigDecimal balance = fund.balance(partner);
            if (fundAsMuchAsPossible) {
                if (balance.signum() == 0) {
                    throw new InvalidInputException("payFromUniversityFund", "error.training.fundEmpty");
                }
                contribution = cap.min(balance);
            } else if (fundRequested.compareTo(cap) > 0) {
                throw new InvalidInputException("fundAmount", "error.training.fundCap", decision.fundCapPercent(),
                        cap.toPlainString());
            } else if (fundRequested.compareTo(balance) > 0) {
                throw new InvalidInputException("fundAmount", "error.training.fundLeft", balance.toPlainString());
            } else {
                contribution = fundRequested.setScale(2);
            }
        }
        return new Quote(decision.rule(), list, discount.setScale(2), price, cap, contribution, price.subtract(contribution));
    }

    private CourseSession session(List<FieldViolation> errors, Course course, Long sessionId) {
        CourseSession session;
        if (sessionId == null) {
            session = catalogue.nextSession(course.getId()).orElse(null);
            if (session == null) {
                errors.add(new FieldViolation("sessionId", "error.training.noSession"));
                return null;
            }
        } else {
            session = sessions.findById(sessionId).filter(s -> s.getCourseId().equals(course.getId())).orElse(null);
            if (session == null) {
                errors.add(new FieldViolation("sessionId", "error.training.noSuchSession"));
                return null;
            }
        }
        if (session.hasStarted(today())) {
            errors.add(new FieldViolation("sessionId", "error.training.sessionStarted", session.getStartDate()));
        } else if (session.isFull()) {
            errors.add(new FieldViolation("sessionId", "error.training.sessionFull"));
        }
        return session;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void attachProcess(long enrollmentId, String processInstanceId) {
        get(enrollmentId).attachProcess(processInstanceId);
    }

    @Transactional(readOnly = true)
    public Enrollment get(long enrollmentId) {
        return enrollments.findById(enrollmentId).orElseThrow(() -> new NotFoundException("notFound.enrollment"));
    }

    @Transactional(readOnly = true)
    public Page<Enrollment> listForPartner(long partnerId, Pageable pageable) {
        return enrollments.findByPartnerIdOrderByEnrolledAtDescIdDesc(partnerId, pageable);
    }

    @Transactional(readOnly = true)
    public Page<Enrollment> listAll(Pageable pageable) {
        return enrollments.findAllByOrderByEnrolledAtDescIdDesc(pageable);
    }

    @Transactional(readOnly = true)
    public Page<Enrollment> attendees(long sessionId, Pageable pageable) {
        return enrollments.findBySessionIdOrderByEnrolledAtAscIdAsc(sessionId, pageable);
    }

    @Transactional(readOnly = true)
    public List<TrainingEvent> history(long enrollmentId) {
        return events.findBySubjectTypeAndSubjectIdOrderByAtAscIdAsc(TrainingEvent.SubjectType.ENROLLMENT, enrollmentId);
    }

    /** Training staff decide on a request; a rejection must say why. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordDecision(long enrollmentId, boolean approve, String comment, String actor) {
        Enrollment enrollment = lock(enrollmentId);
        requireState(enrollment, EnrollmentState.REQUESTED);
        String reason = FieldChecks.decisionComment(!approve, comment);
        enrollment.noteReason(reason);
        event(enrollment, actor, approve ? "APPROVED" : "REJECTED", reason);
    }

    /**
     * After approval: takes a seat of the session if one is free (the session's row is locked, so two confirmations
     * never take its last seat); otherwise the enrolment waits on the list. Answers whether it got the seat.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean takeSessionSeat(long enrollmentId) {
        Enrollment enrollment = lock(enrollmentId);
        requireState(enrollment, EnrollmentState.REQUESTED, EnrollmentState.WAITING_LIST);
        CourseSession session = sessions.findForUpdate(enrollment.getSessionId()).orElseThrow();
        Course course = catalogue.course(enrollment.getCourseId());
        if (session.takeSeat()) {
            enrollment.confirm(clock.instant());
            event(enrollment, TrainingEvent.SYSTEM, "CONFIRMED", null);
            Object[] args = {String.valueOf(enrollment.getId()), enrollment.getEmployeeName(), course.getTitle(), dates(session), session.getLocation()};
            notifyPartner(enrollment, MailTemplate.ENROLLMENT_CONFIRMED, "confirmed", args);
            notifier.notify(enrollment.getEmployeeEmail(), enrollment.getLanguage(), MailTemplate.ENROLLMENT_CONFIRMED,
                    key(enrollment, "confirmed-employee"), args);
            return true;
        }
        boolean first = enrollment.getState() != EnrollmentState.WAITING_LIST;
        enrollment.waitlist(clock.instant());
        if (first) {
            event(enrollment, TrainingEvent.SYSTEM, "WAITING_LIST", "the session is full");
            notifyPartner(enrollment, MailTemplate.ENROLLMENT_WAITING_LIST, "waiting",
                    String.valueOf(enrollment.getId()), enrollment.getEmployeeName(), course.getTitle(), dates(session));
        }
        return false;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void reject(long enrollmentId) {
        Enrollment enrollment = lock(enrollmentId);
        String reason = enrollment.getDecisionReason();
        end(enrollment, EnrollmentState.REJECTED, reason);
        notifyPartner(enrollment, MailTemplate.ENROLLMENT_REJECTED, "rejected", String.valueOf(enrollment.getId()), enrollment.getEmployeeName(),
                courseTitle(enrollment), dates(enrollment), reason);
    }

    /** The session started before the enrolment was confirmed or got a seat from the waiting list. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void expire(long enrollmentId) {
        Enrollment enrollment = lock(enrollmentId);
        if (!enrollment.getState().isOpen() || enrollment.getState() == EnrollmentState.CONFIRMED) {
            return;
        }
        end(enrollment, EnrollmentState.EXPIRED, "the session started without a confirmed seat");
        event(enrollment, TrainingEvent.SYSTEM, "EXPIRED", null);
        notifyPartner(enrollment, MailTemplate.ENROLLMENT_EXPIRED, "expired", String.valueOf(enrollment.getId()), enrollment.getEmployeeName(),
                courseTitle(enrollment), dates(enrollment));
    }

    /** Checked before the cancellation reaches the process, so a late or repeated cancellation answers 409. */
    @Transactional(readOnly = true)
    public void checkCancellable(long enrollmentId) {
        Enrollment enrollment = get(enrollmentId);
        if (!enrollment.getState().isOpen()) {
            throw new ConflictException("conflict.training.final", Message.label("enrollment.state", enrollment.getState()));
        }
        if (catalogue.session(enrollment.getSessionId()).hasStarted(today())) {
            throw new ConflictException("conflict.training.tooLate");
        }
    }

    /**
     * Cancels the enrolment and frees what it held. Answers the enrolment that is first on the session's waiting list
     * when a session seat came free, so the process can offer it the seat.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> cancel(long enrollmentId, String actor) {
        Enrollment enrollment = lock(enrollmentId);
        if (!enrollment.getState().isOpen()) {
            return Optional.empty();
        }
        boolean heldSeat = enrollment.isHoldsSessionSeat();
        end(enrollment, EnrollmentState.CANCELLED, "cancelled by " + actor);
        event(enrollment, actor, "CANCELLED", null);
        notifyPartner(enrollment, MailTemplate.ENROLLMENT_CANCELLED, "cancelled", String.valueOf(enrollment.getId()), enrollment.getEmployeeName(),
                courseTitle(enrollment), dates(enrollment));
        if (!heldSeat) {
            return Optional.empty();
        }
        sessions.findForUpdate(enrollment.getSessionId()).orElseThrow().freeSeat();
        return waitingList(enrollment.getSessionId(), 1).stream().findFirst();
    }

    /** The first {@code count} enrolments on a session's waiting list. */
    @Transactional(readOnly = true)
    public List<Long> waitingList(long sessionId, int count) {
        if (count <= 0) {
            return List.of();
        }
        return enrollments.findBySessionIdAndStateOrderByWaitlistedAtAscIdAsc(sessionId, EnrollmentState.WAITING_LIST,
                PageRequest.of(0, count)).stream().map(Enrollment::getId).toList();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void remindParticipant(long enrollmentId) {
        Enrollment enrollment = get(enrollmentId);
        if (enrollment.getState() != EnrollmentState.CONFIRMED) {
            return;
        }
        CourseSession session = catalogue.session(enrollment.getSessionId());
        notifier.notify(enrollment.getEmployeeEmail(), enrollment.getLanguage(), MailTemplate.SESSION_REMINDER,
                key(enrollment, "reminder"), String.valueOf(enrollment.getId()), enrollment.getEmployeeName(), courseTitle(enrollment),
                dates(session), session.getLocation());
        event(enrollment, TrainingEvent.SYSTEM, "REMINDED", enrollment.getEmployeeEmail());
    }

    /** Training staff (and the trainer partner's users) hear that a result is overdue. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void escalateResultOverdue(long enrollmentId, String dueAt) {
        Enrollment enrollment = get(enrollmentId);
        CourseSession session = catalogue.session(enrollment.getSessionId());
        Set<AppUser> recipients = new LinkedHashSet<>(users.findEnabledInGroup(ReviewerGroups.TRAINING));
        if (session.getTrainerPartnerId() != null) {
            recipients.addAll(users.findByPartnerIdAndEnabledTrue(session.getTrainerPartnerId()));
        }
        for (AppUser user : recipients) {
            notifier.notify(user, MailTemplate.TRAINING_RESULT_OVERDUE, key(enrollment, "result-overdue"), String.valueOf(enrollment.getId()),
                    enrollment.getEmployeeName(), courseTitle(enrollment), dates(session), dueAt);
        }
        event(enrollment, TrainingEvent.SYSTEM, "RESULT_OVERDUE", dueAt);
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
        Enrollment enrollment = lock(enrollmentId);
        requireState(enrollment, EnrollmentState.CONFIRMED);
        enrollment.recordResult(result, score, clock.instant());
        Course course = catalogue.course(enrollment.getCourseId());
        if (course.getKind() == CourseKind.BASIC && result != TrainingResult.NO_SHOW) {
            basicTraining.recordCourseResult(enrollment.getPartnerId(), enrollment.getId(), enrollment.getEmployeeName(),
                    enrollment.getEmployeeEmail(), result == TrainingResult.PASSED, score, actor);
        }
        event(enrollment, actor, "RESULT_" + result.name(), FieldChecks.trimToNull(comment));
        Object[] args = {String.valueOf(enrollment.getId()), enrollment.getEmployeeName(), course.getTitle(),
                new DefaultMessageSourceResolvable("mail.training-result." + result.name()), score == null ? "—" : score + "%"};
        notifyPartner(enrollment, MailTemplate.TRAINING_RESULT, "result", args);
        if (result != TrainingResult.NO_SHOW) {
            notifier.notify(enrollment.getEmployeeEmail(), enrollment.getLanguage(), MailTemplate.TRAINING_RESULT,
                    key(enrollment, "result-employee"), args);
        }
        return enrollment;
    }

    /** Releases a reserved free seat under the partner's lock, so it cannot race an enrolment taking one. */
    private void end(Enrollment enrollment, EnrollmentState state, String reason) {
        boolean seatReserved = enrollment.getSeatState() == Enrollment.Hold.RESERVED;
        partners.lockForUpdate(enrollment.getPartnerId());
        enrollment.close(state, reason, clock.instant());
        if (seatReserved && enrollment.getQuotaId() != null) {
            quotas.findForUpdate(enrollment.getQuotaId()).ifPresent(BenefitQuota::giveBack);
        }
    }

    private Enrollment lock(long enrollmentId) {
        return enrollments.findForUpdate(enrollmentId).orElseThrow(() -> new NotFoundException("notFound.enrollment"));
    }

    private static void requireState(Enrollment enrollment, EnrollmentState... allowed) {
        for (EnrollmentState state : allowed) {
            if (enrollment.getState() == state) {
                return;
            }
        }
        throw new ConflictException("conflict.training.stepNotPossible", Message.label("enrollment.state", enrollment.getState()));
    }


    private static String describe(Quote quote) {
        return quote.rule() + ", price " + quote.price() + ", fund " + quote.fundContribution() + ", due " + quote.amountDue();
    }

    private String courseTitle(Enrollment enrollment) {
        return courses.findById(enrollment.getCourseId()).map(Course::getTitle).orElse("");
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

    private void event(Enrollment enrollment, String actor, String action, String comment) {
        events.save(new TrainingEvent(TrainingEvent.SubjectType.ENROLLMENT, enrollment.getId(), clock.instant(), actor, action, comment));
    }

    private void notifyPartner(Enrollment enrollment, MailTemplate template, String what, Object... args) {
        for (AppUser user : users.findByPartnerIdAndEnabledTrue(enrollment.getPartnerId())) {
            notifier.notify(user, template, key(enrollment, what), args);
        }
    }

    LocalDate today() {
        return catalogue.today();
    }
}
