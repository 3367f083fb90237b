package dev.partnerprogram.workflow.compensation;

import dev.partnerprogram.compensation.ActivityKind;
import dev.partnerprogram.compensation.CompensationState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A compensation as callers see it: the plan, where it stands, every amount (requested, reserved, claimed, accepted,
 * approved, paid) and the claim deadline with the days left.
 */
public record CompensationView(
        long id,
        long partnerId,
        long budgetId,
        String title,
        ActivityKind kind,
        String region,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        BigDecimal plannedBudget,
        Integer expectedAudience,
        Integer expectedLeads,
        String description,
        CompensationState state,
        Amounts amounts,
        boolean managerApprovalRequired,
        String firstApprover,
        String secondApprover,
        String decisionReason,
        LocalDate claimDueOn,
        Long daysToClaimDeadline,
        Instant claimSubmittedAt,
        String results,
        Integer actualAudience,
        Integer actualLeads,
        LocalDate paymentDate,
        String paymentDocument,
        Instant submittedAt,
        Instant updatedAt,
        List<Line> lines,
        List<DocumentView> documents,
        List<HistoryLine> history) {

    /** Claimed is the sum of the claim's lines; approved is what will be (or was) paid. */
    public record Amounts(BigDecimal requested, BigDecimal reserved, BigDecimal claimed, BigDecimal accepted,
                          BigDecimal approved, BigDecimal paid) {}

    public record Line(long id, int lineNo, String description, BigDecimal amount, String decision, BigDecimal acceptedAmount,
                       String reason) {}

    public record DocumentView(long documentId, String name, long size, String contentType, String kind, String uploadedBy,
                               Instant uploadedAt) {}

    public record HistoryLine(Instant at, String actor, String action, String comment) {}
}
