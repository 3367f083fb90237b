package dev.partnerprogram.training;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.partner.BenefitQuota;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking a seat: the checks of a partner's request, the price (free seat, partner discount, University fund), and
 * the reservations of the free seat and the fund money that pay for it. What happens to the enrolment afterwards is
 * {@link EnrollmentLifecycle}.
 */
@Service
@Transactional(readOnly = true)
public class EnrollmentBooking {

    /**
     * What a partner asks for. Without {@code sessionId} the course's next session is taken. {@code fundAmount} asks
     * for an exact sum from the University fund; {@code payFromUniversityFund} alone asks for as much as the rules allow.
     */
    public record EnrollCommand(String courseCode, Long sessionId, String employeeName, String employeeEmail,
                                Boolean payFromUniversityFund, BigDecimal fundAmount) {}

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EnrollmentSteps steps;
    private final EnrollmentRepository enrollments;
    private final CourseSessionRepository sessions;
    private final CatalogueService catalogue;
    private final PartnerService partners;
    private final PricingRules pricing;
    private final UniversityFund fund;
    private final ProgramProperties properties;

    EnrollmentBooking(EnrollmentSteps steps, EnrollmentRepository enrollments, CourseSessionRepository sessions,
                      CatalogueService catalogue, PartnerService partners, PricingRules pricing,
                      UniversityFund fund, ProgramProperties properties) {
        this.steps = steps;
        this.enrollments = enrollments;
        this.sessions = sessions;
        this.catalogue = catalogue;
        this.partners = partners;
        this.pricing = pricing;
        this.fund = fund;
        this.properties = properties;
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
        Optional<BenefitQuota> quota = steps.freeSeats(partnerId);
        boolean wantsFund = Boolean.TRUE.equals(command.payFromUniversityFund()) || (fundAmount != null && fundAmount.signum() > 0);
        Quote quote = price(partner, course, session, quota, wantsFund ? fundAmount : BigDecimal.ZERO, wantsFund && fundAmount == null);
        if (quote.rule() == PricingRule.FREE_SEAT) {
            quota.orElseThrow().take();
        }
        Enrollment enrollment = enrollments.save(new Enrollment(partnerId, course, session, command.employeeName().trim(), email,
                language, quote, quota.map(BenefitQuota::getId).orElse(null), partner.getPartnerYearStart(), actor, steps.now()));
        steps.record(enrollment, actor, "ENROLLED", describe(quote));
        return enrollment;
    }

    /** The price a partner would pay now, without reserving anything: for the catalogue. */
    public Quote quote(long partnerId, Course course, CourseSession session) {
        PartnerCompany partner = partners.get(partnerId);
        Optional<BenefitQuota> quota = steps.freeSeats(partnerId);
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
        if (session.hasStarted(steps.today())) {
            errors.add(new FieldViolation("sessionId", "error.training.sessionStarted", session.getStartDate()));
        } else if (session.isFull()) {
            errors.add(new FieldViolation("sessionId", "error.training.sessionFull"));
        }
        return session;
    }

    private static String describe(Quote quote) {
        return quote.rule() + ", price " + quote.price() + ", fund " + quote.fundContribution() + ", due " + quote.amountDue();
    }
}
