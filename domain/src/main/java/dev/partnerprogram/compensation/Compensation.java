package dev.partnerprogram.compensation;

import dev.partnerprogram.common.ProcessSubject;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A partner's request for compensation of a promotion activity, from pre-approval to payment. The reserved and
 * paid amounts are not kept here: they are sums over the budget's ledger entries for this compensation.
 */
@Entity
@Table(name = "compensation")
public class Compensation extends ProcessSubject {

    private Long budgetId;
    private String title;

    @Enumerated(EnumType.STRING)
    private ActivityKind kind;

    private String region;
    private LocalDate plannedStart;
    private LocalDate plannedEnd;
    private BigDecimal plannedBudget;
    private BigDecimal requestedAmount;
    private Integer expectedAudience;
    private Integer expectedLeads;
    private String description;

    @Enumerated(EnumType.STRING)
    private CompensationState state;

    private boolean managerApproval;
    private String firstApprover;
    private String secondApprover;
    private String decisionReason;
    private LocalDate claimDueOn;
    private Instant claimSubmittedAt;
    private String results;
    private Integer actualAudience;
    private Integer actualLeads;
    private BigDecimal acceptedExpenses;
    private BigDecimal approvedAmount;
    private LocalDate paymentDate;
    private String paymentDocument;
    private Instant submittedAt;

    protected Compensation() {}

    Compensation(Long partnerId, Long budgetId, CompensationRequest.Valid request, Instant at) {
        super(partnerId, at);
        this.state = CompensationState.SUBMITTED;
        this.submittedAt = at;
        apply(budgetId, request, at);
    }

    void apply(Long budgetId, CompensationRequest.Valid r, Instant at) {
        this.budgetId = budgetId;
        this.title = r.title();
        this.kind = r.kind();
        this.region = r.region();
        this.plannedStart = r.plannedStart();
        this.plannedEnd = r.plannedEnd();
        this.plannedBudget = r.plannedBudget();
        this.requestedAmount = r.requestedAmount();
        this.expectedAudience = r.expectedAudience();
        this.expectedLeads = r.expectedLeads();
        this.description = r.description();
        touch(at);
    }

    void moveTo(CompensationState newState, Instant at) {
        this.state = newState;
        touch(at);
    }

    void recordDecisionReason(String reason) {
        this.decisionReason = reason;
    }

    void requireManagerApproval(boolean required) {
        this.managerApproval = required;
    }

    void recordFirstApproval(String approver) {
        this.firstApprover = approver;
        this.secondApprover = null;
    }

    void recordSecondApproval(String approver) {
        this.secondApprover = approver;
    }

    void openClaimWindow(LocalDate dueOn) {
        this.claimDueOn = dueOn;
    }

    void recordClaim(String results, Integer actualAudience, Integer actualLeads, Instant at) {
        this.results = results;
        this.actualAudience = actualAudience;
        this.actualLeads = actualLeads;
        this.claimSubmittedAt = at;
    }

    void recordVerification(BigDecimal acceptedExpenses, BigDecimal approvedAmount) {
        this.acceptedExpenses = acceptedExpenses;
        this.approvedAmount = approvedAmount;
    }

    void recordPayment(LocalDate date, String document) {
        this.paymentDate = date;
        this.paymentDocument = document;
    }

    public Long getBudgetId() { return budgetId; }
    public String getTitle() { return title; }
    public ActivityKind getKind() { return kind; }
    public String getRegion() { return region; }
    public LocalDate getPlannedStart() { return plannedStart; }
    public LocalDate getPlannedEnd() { return plannedEnd; }
    public BigDecimal getPlannedBudget() { return plannedBudget; }
    public BigDecimal getRequestedAmount() { return requestedAmount; }
    public Integer getExpectedAudience() { return expectedAudience; }
    public Integer getExpectedLeads() { return expectedLeads; }
    public String getDescription() { return description; }
    public CompensationState getState() { return state; }
    public boolean isManagerApproval() { return managerApproval; }
    public String getFirstApprover() { return firstApprover; }
    public String getSecondApprover() { return secondApprover; }
    public String getDecisionReason() { return decisionReason; }
    public LocalDate getClaimDueOn() { return claimDueOn; }
    public Instant getClaimSubmittedAt() { return claimSubmittedAt; }
    public String getResults() { return results; }
    public Integer getActualAudience() { return actualAudience; }
    public Integer getActualLeads() { return actualLeads; }
    public BigDecimal getAcceptedExpenses() { return acceptedExpenses; }
    public BigDecimal getApprovedAmount() { return approvedAmount; }
    public LocalDate getPaymentDate() { return paymentDate; }
    public String getPaymentDocument() { return paymentDocument; }
    public Instant getSubmittedAt() { return submittedAt; }
}
