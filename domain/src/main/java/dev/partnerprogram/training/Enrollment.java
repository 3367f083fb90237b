package dev.partnerprogram.training;

import dev.partnerprogram.common.ProcessSubject;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A partner's employee enrolled in a course session, with the price as it was decided at enrolment. A free seat and
 * fund money are reserved at enrolment, released if the enrolment ends without the session, and consumed once the
 * session has taken place (also when the employee did not come).
 */
@Entity
@Table(name = "enrollment")
public class Enrollment extends ProcessSubject {

    /** Where a reserved free seat or fund money stands. */
    public enum Hold { NONE, RESERVED, CONSUMED, RELEASED }

    private Long courseId;
    private Long sessionId;
    private String employeeName;
    private String employeeEmail;
    private String language;

    @Enumerated(EnumType.STRING)
    private EnrollmentState state;

    @Enumerated(EnumType.STRING)
    private PricingRule pricingRule;

    private BigDecimal listPrice;
    private BigDecimal discountPercent;
    private BigDecimal price;
    private BigDecimal fundContribution;
    private BigDecimal amountDue;
    private Long quotaId;

    @Enumerated(EnumType.STRING)
    private Hold seatState;

    @Enumerated(EnumType.STRING)
    private Hold fundState;

    private LocalDate fundYearStart;
    private boolean holdsSessionSeat;
    private Instant waitlistedAt;

    @Enumerated(EnumType.STRING)
    private TrainingResult result;

    private Integer score;
    private String decisionReason;
    private String enrolledBy;
    private Instant enrolledAt;

    protected Enrollment() {}

    Enrollment(Long partnerId, Course course, CourseSession session, String employeeName, String employeeEmail, String language,
               Quote quote, Long quotaId, LocalDate fundYearStart, String enrolledBy, Instant at) {
        super(partnerId, at);
        this.courseId = course.getId();
        this.sessionId = session.getId();
        this.employeeName = employeeName;
        this.employeeEmail = employeeEmail;
        this.language = language;
        this.state = EnrollmentState.REQUESTED;
        this.pricingRule = quote.rule();
        this.listPrice = quote.listPrice();
        this.discountPercent = quote.discountPercent();
        this.price = quote.price();
        this.fundContribution = quote.fundContribution();
        this.amountDue = quote.amountDue();
        this.quotaId = quotaId;
        this.seatState = quote.rule() == PricingRule.FREE_SEAT ? Hold.RESERVED : Hold.NONE;
        this.fundState = quote.fundContribution().signum() > 0 ? Hold.RESERVED : Hold.NONE;
        this.fundYearStart = fundYearStart;
        this.enrolledBy = enrolledBy;
        this.enrolledAt = at;
    }

    void noteReason(String reason) {
        decisionReason = reason;
    }

    void confirm(Instant at) {
        state = EnrollmentState.CONFIRMED;
        holdsSessionSeat = true;
        touch(at);
    }

    void waitlist(Instant at) {
        state = EnrollmentState.WAITING_LIST;
        if (waitlistedAt == null) {
            waitlistedAt = at;
        }
        touch(at);
    }

    /** Ends the enrolment without the session: whatever it reserved goes back. */
    void close(EnrollmentState finalState, String reason, Instant at) {
        state = finalState;
        decisionReason = reason;
        holdsSessionSeat = false;
        if (seatState == Hold.RESERVED) {
            seatState = Hold.RELEASED;
        }
        if (fundState == Hold.RESERVED) {
            fundState = Hold.RELEASED;
        }
        touch(at);
    }

    /** The session took place (for this employee or not): the reserved seat and money are spent. */
    void recordResult(TrainingResult result, Integer score, Instant at) {
        this.result = result;
        this.score = score;
        this.state = switch (result) {
            case PASSED -> EnrollmentState.PASSED;
            case FAILED -> EnrollmentState.FAILED;
            case NO_SHOW -> EnrollmentState.NO_SHOW;
        };
        if (seatState == Hold.RESERVED) {
            seatState = Hold.CONSUMED;
        }
        if (fundState == Hold.RESERVED) {
            fundState = Hold.CONSUMED;
        }
        touch(at);
    }

    /** Whether a free seat pays for this enrolment (reserved or already used). */
    public boolean isPaidByQuota() {
        return seatState == Hold.RESERVED || seatState == Hold.CONSUMED;
    }

    public Long getCourseId() { return courseId; }
    public Long getSessionId() { return sessionId; }
    public String getEmployeeName() { return employeeName; }
    public String getEmployeeEmail() { return employeeEmail; }
    public String getLanguage() { return language; }
    public EnrollmentState getState() { return state; }
    public PricingRule getPricingRule() { return pricingRule; }
    public BigDecimal getListPrice() { return listPrice; }
    public BigDecimal getDiscountPercent() { return discountPercent; }
    public BigDecimal getPrice() { return price; }
    public BigDecimal getFundContribution() { return fundContribution; }
    public BigDecimal getAmountDue() { return amountDue; }
    public Long getQuotaId() { return quotaId; }
    public Hold getSeatState() { return seatState; }
    public Hold getFundState() { return fundState; }
    public LocalDate getFundYearStart() { return fundYearStart; }
    public boolean isHoldsSessionSeat() { return holdsSessionSeat; }
    public Instant getWaitlistedAt() { return waitlistedAt; }
    public TrainingResult getResult() { return result; }
    public Integer getScore() { return score; }
    public String getDecisionReason() { return decisionReason; }
    public String getEnrolledBy() { return enrolledBy; }
    public Instant getEnrolledAt() { return enrolledAt; }
}
