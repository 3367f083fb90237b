package dev.partnerprogram.workflow.training;

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.partner.BenefitQuotaOpened;
import dev.partnerprogram.partner.QuotaKind;
import dev.partnerprogram.partner.UniversityFundBalance;
import dev.partnerprogram.processes.FreeTrainingSeatsProcess;
import dev.partnerprogram.processes.TrainingEnrollmentProcess;
import dev.partnerprogram.training.BasicTrainingService;
import dev.partnerprogram.training.CatalogueService;
import dev.partnerprogram.training.Course;
import dev.partnerprogram.training.CourseKind;
import dev.partnerprogram.training.CourseSession;
import dev.partnerprogram.training.Enrollment;
import dev.partnerprogram.training.EnrollmentBooking;
import dev.partnerprogram.training.EnrollmentLifecycle;
import dev.partnerprogram.training.EnrollmentService;
import dev.partnerprogram.training.Quote;
import dev.partnerprogram.workflow.agreement.PartnerRequestGuard;
import dev.partnerprogram.workflow.partner.PartnerScope;
import dev.partnerprogram.workflow.task.SubjectProcesses;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door to courses and enrolments: it checks who may do what, changes the domain and drives
 * {@code training-enrollment} in one transaction, and answers with views. Administrators keep the catalogue through
 * {@link Catalogue}.
 */
@Service
public class TrainingWorkflow {

    /** What a partner sends to enrol an employee. */
    public record EnrollmentRequest(String courseCode, Long sessionId, String employeeName, String employeeEmail,
                                    Boolean payFromUniversityFund, BigDecimal fundAmount) {}

    private final EnrollmentService enrollments;
    private final EnrollmentBooking booking;
    private final EnrollmentLifecycle lifecycle;
    private final CatalogueService catalogue;
    private final UniversityFundBalance fund;
    private final TrainingCalendar calendar;
    private final RuntimeService runtime;
    private final SubjectProcesses processes;
    private final PartnerRequestGuard guard;
    private final BasicTrainingService basicTraining;
    private final BasicTrainingPasses passes;

    public TrainingWorkflow(EnrollmentService enrollments, EnrollmentBooking booking, EnrollmentLifecycle lifecycle,
                            CatalogueService catalogue, UniversityFundBalance fund, TrainingCalendar calendar, RuntimeService runtime,
                            SubjectProcesses processes, PartnerRequestGuard guard, BasicTrainingService basicTraining,
                            BasicTrainingPasses passes) {
        this.enrollments = enrollments;
        this.booking = booking;
        this.lifecycle = lifecycle;
        this.catalogue = catalogue;
        this.fund = fund;
        this.calendar = calendar;
        this.runtime = runtime;
        this.processes = processes;
        this.guard = guard;
        this.basicTraining = basicTraining;
        this.passes = passes;
    }

    /**
     * Enrols an employee of the caller's company: the price is decided and the free seat and fund money reserved,
     * and the process starts, all in one transaction, so a refusal anywhere leaves nothing reserved.
     */
    @Transactional
    public EnrollmentView enroll(Caller caller, EnrollmentRequest request) {
        guard.requireStarting(caller);
        Enrollment enrollment = booking.enroll(caller.partnerId(), new EnrollmentBooking.EnrollCommand(request.courseCode(),
                request.sessionId(), request.employeeName(), request.employeeEmail(), request.payFromUniversityFund(),
                request.fundAmount()), caller.username(), caller.language());
        CourseSession session = catalogue.session(enrollment.getSessionId());
        Course course = catalogue.course(enrollment.getCourseId());
        processes.prepare(TrainingEnrollmentProcess.KEY, TrainingEnrollmentProcess.ENROLLMENT_ID, enrollment)
                .with(TrainingEnrollmentProcess.PARTNER_ID, enrollment.getPartnerId())
                .with(TrainingEnrollmentProcess.BASIC_COURSE, course.getKind() == CourseKind.BASIC)
                .with(TrainingEnrollmentProcess.RESULT_GROUPS, session.getTrainerPartnerId() == null ? ReviewerGroups.TRAINING
                        : ReviewerGroups.TRAINING + "," + ReviewerGroups.ofPartner(session.getTrainerPartnerId()))
                .with(TrainingEnrollmentProcess.SESSION_STARTS_AT, TrainingCalendar.toDate(calendar.sessionStarts(session)))
                .with(TrainingEnrollmentProcess.REMINDER_AT, calendar.reminderAt(session))
                .with(TrainingEnrollmentProcess.RESULT_DUE_AT, calendar.resultDueAt(session))
                .start();
        return view(enrollments.get(enrollment.getId()), true);
    }

    /**
     * Training staff record a basic-course pass the company's employee earned before it applied; an application of the
     * company that waits for basic training goes on, as after a pass in an enrolment.
     */
    @Transactional
    public void recordEarlierPass(Caller caller, long partnerId, String employeeName, String employeeEmail) {
        if (!isTrainingStaff(caller)) {
            throw new ForbiddenException("forbidden.training.staffOnly");
        }
        basicTraining.recordEarlierPass(partnerId, employeeName, employeeEmail, caller.username());
        passes.report(partnerId);
    }

    @Transactional(readOnly = true)
    public EnrollmentView get(Caller caller, long id) {
        return view(visible(caller, id), true);
    }

    /** A partner's own enrolments; all of them for vendor staff. */
    @Transactional(readOnly = true)
    public Page<EnrollmentView> list(Caller caller, Pageable pageable) {
        return PartnerScope.page(caller, pageable, enrollments::listAll, enrollments::listForPartner).map(e -> view(e, false));
    }

    /** The partner (or training staff) cancel before the session; the seat and fund money go back. */
    @Transactional
    public EnrollmentView cancel(Caller caller, long id) {
        Enrollment enrollment = visible(caller, id);
        if (!caller.ownsPartner(enrollment.getPartnerId()) && !isTrainingStaff(caller)) {
            throw new ForbiddenException("forbidden.training.cancel");
        }
        lifecycle.checkCancellable(id);
        runtime.createMessageCorrelation(TrainingEnrollmentProcess.MESSAGE_ENROLLMENT_CANCELLED)
                .processInstanceId(enrollment.getProcessInstanceId())
                .setVariable(TrainingEnrollmentProcess.CANCELLED_BY.name(), caller.username())
                .correlateWithResult();
        return view(enrollments.get(id), true);
    }

    /** A session's participants: for training staff, and for the partner that teaches it. */
    @Transactional(readOnly = true)
    public Page<EnrollmentView> attendees(Caller caller, long sessionId, Pageable pageable) {
        CourseSession session = catalogue.session(sessionId);
        boolean trainer = session.getTrainerPartnerId() != null && caller.ownsPartner(session.getTrainerPartnerId());
        if (!caller.isStaff() && !trainer) {
            throw new NotFoundException("notFound.session");
        }
        return enrollments.attendees(sessionId, pageable).map(e -> view(e, false));
    }

    /** The catalogue; a partner sees each course's price as it would pay it now in the next session. */
    @Transactional(readOnly = true)
    public Page<CourseView> catalogue(Caller caller, CourseKind kind, Pageable pageable) {
        return catalogue.catalogue(kind, pageable).map(course -> courseView(caller, course));
    }

    @Transactional(readOnly = true)
    public CourseView course(Caller caller, String code) {
        Course course = catalogue.course(code);
        if (!course.isActive() && !caller.isStaff()) {
            throw new NotFoundException("notFound.course");
        }
        return courseView(caller, course);
    }

    @Transactional(readOnly = true)
    public Page<CourseView.SessionView> upcomingSessions(String courseCode, Pageable pageable) {
        return catalogue.upcomingSessions(catalogue.course(courseCode).getId(), pageable).map(this::sessionView);
    }

    @Transactional(readOnly = true)
    public Page<CourseView.SessionView> sessionsFrom(Caller caller, java.time.LocalDate from, Pageable pageable) {
        return PartnerScope.page(caller, pageable, p -> catalogue.sessionsFrom(from, p), catalogue::sessionsTaughtBy)
                .map(this::sessionView);
    }

    @Transactional(readOnly = true)
    public CourseView.SessionView session(long sessionId) {
        return sessionView(catalogue.session(sessionId));
    }

    /** Free seats of a partner year lapse at its end: a timer waits for it from the moment they are granted. */
    @EventListener
    public void onQuotaOpened(BenefitQuotaOpened opened) {
        if (opened.kind() != QuotaKind.FREE_TRAINING_SEATS) {
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        FreeTrainingSeatsProcess.QUOTA_ID.put(variables, opened.quotaId());
        FreeTrainingSeatsProcess.PARTNER_ID.put(variables, opened.partnerId());
        FreeTrainingSeatsProcess.SEATS_EXPIRE_AT.put(variables, calendar.endOf(opened.periodEnd()));
        runtime.startProcessInstanceByKey(FreeTrainingSeatsProcess.KEY, Long.toString(opened.quotaId()), variables);
    }

    private CourseView courseView(Caller caller, Course course) {
        CourseSession next = catalogue.nextSession(course.getId()).orElse(null);
        CourseView.YourPrice yourPrice = null;
        if (caller.partnerId() != null && caller.has(Role.PARTNER)) {
            Quote quote = booking.quote(caller.partnerId(), course, next);
            yourPrice = new CourseView.YourPrice(quote.rule(), quote.discountPercent(), quote.price(), quote.fundCap(),
                    quote.fundCap().signum() > 0 ? fund.balance(caller.partnerId()) : null);
        }
        return new CourseView(course.getId(), course.getCode(), course.getTitle(), course.getKind(), course.getProgramme(),
                course.getPrice(), course.getDurationDays(), course.isActive(), next == null ? null : sessionView(next), yourPrice);
    }

    private CourseView.SessionView sessionView(CourseSession s) {
        return new CourseView.SessionView(s.getId(), catalogue.course(s.getCourseId()).getCode(), s.getStartDate(), s.getEndDate(),
                s.getSeats(), s.getSeatsTaken(), s.seatsLeft(), s.getTrainerName(), s.getTrainerPartnerId(), s.getLocation());
    }

    /** A partner asking for another partner's enrolment learns nothing: the answer is "not found". */
    private Enrollment visible(Caller caller, long id) {
        return PartnerScope.visible(caller, enrollments.get(id), Enrollment::getPartnerId, "notFound.enrollment");
    }

    private static boolean isTrainingStaff(Caller caller) {
        return (caller.has(Role.REVIEWER) || caller.has(Role.MANAGER)) && caller.groups().contains(ReviewerGroups.TRAINING);
    }

    private EnrollmentView view(Enrollment e, boolean withHistory) {
        Course course = catalogue.course(e.getCourseId());
        CourseSession session = catalogue.session(e.getSessionId());
        var history = withHistory ? enrollments.history(e.getId()).stream()
                .map(h -> new EnrollmentView.HistoryLine(h.getAt(), h.getActor(), h.getAction(), h.getComment())).toList()
                : java.util.List.<EnrollmentView.HistoryLine>of();
        return new EnrollmentView(e.getId(), e.getPartnerId(), course.getCode(), course.getTitle(), course.getKind(),
                session.getId(), session.getStartDate(), session.getEndDate(), session.getLocation(), e.getEmployeeName(),
                e.getEmployeeEmail(), e.getState(), e.getPricingRule(), e.getListPrice(), e.getDiscountPercent(), e.getPrice(),
                e.isPaidByQuota(), e.getFundContribution(), e.getAmountDue(), e.getResult(), e.getScore(), e.getDecisionReason(),
                e.getEnrolledAt(), e.getUpdatedAt(), history);
    }
}
