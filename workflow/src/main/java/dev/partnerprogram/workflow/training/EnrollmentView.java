package dev.partnerprogram.workflow.training;

import dev.partnerprogram.training.CourseKind;
import dev.partnerprogram.training.EnrollmentState;
import dev.partnerprogram.training.PricingRule;
import dev.partnerprogram.training.TrainingResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An enrolment as callers see it: who, which session, how it is paid for, where it stands, and its history. */
public record EnrollmentView(
        long id,
        long partnerId,
        String courseCode,
        String courseTitle,
        CourseKind courseKind,
        long sessionId,
        LocalDate sessionStart,
        LocalDate sessionEnd,
        String location,
        String employeeName,
        String employeeEmail,
        EnrollmentState state,
        PricingRule pricingRule,
        BigDecimal listPrice,
        BigDecimal discount,
        BigDecimal price,
        boolean paidByQuota,
        BigDecimal fundContribution,
        BigDecimal amountDue,
        TrainingResult result,
        Integer score,
        String decisionReason,
        Instant enrolledAt,
        Instant updatedAt,
        List<HistoryLine> history) {

    public record HistoryLine(Instant at, String actor, String action, String comment) {}
}
