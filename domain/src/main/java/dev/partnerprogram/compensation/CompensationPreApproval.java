package dev.partnerprogram.compensation;

import static dev.partnerprogram.compensation.CompensationSteps.STATES;
import static dev.partnerprogram.compensation.CompensationSteps.money;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.compensation.CompensationHistory.Action;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.partner.PartnerStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A compensation until the activity starts: the partner's request, marketing's review with the manager's second
 * approval where the routing asks for it, rework, the reservation of the amount in the budget, and cancellation.
 */
@Service
@Transactional(readOnly = true)
public class CompensationPreApproval {

    public enum ReviewDecision { APPROVE, REJECT, REWORK }

    /** Before the activity starts the partner may still cancel. */
    private static final Set<CompensationState> CANCELLABLE = EnumSet.of(CompensationState.SUBMITTED, CompensationState.IN_REVIEW,
            CompensationState.REWORK, CompensationState.SECOND_APPROVAL, CompensationState.APPROVED);

    private final CompensationSteps steps;
    private final CompensationRepository compensations;
    private final BudgetLedger ledger;
    private final PartnerService partners;

    CompensationPreApproval(CompensationSteps steps, CompensationRepository compensations, BudgetLedger ledger,
                            PartnerService partners) {
        this.steps = steps;
        this.compensations = compensations;
        this.ledger = ledger;
        this.partners = partners;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Compensation submit(long partnerId, CompensationRequest request, String actor) {
        PartnerCompany partner = partners.get(partnerId);
        if (partner.getStatus() == PartnerStatus.APPLICANT) {
            throw new ForbiddenException("forbidden.compensation.needsStatus");
        }
        CompensationRequest.Valid valid = request.validate(steps.rules().compensationSharePercent(), steps.today());
        MarketingBudget budget = budgetFor(valid);
        Compensation compensation = compensations.save(new Compensation(partnerId, budget.getId(), valid, steps.now()));
        steps.record(compensation, actor, Action.SUBMITTED, null);
        steps.notifyPartner(compensation, MailTemplate.COMPENSATION_RECEIVED, "received", money(compensation.getRequestedAmount()));
        return compensation;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void openReview(long id) {
        Compensation c = steps.lockIn(id, CompensationState.SUBMITTED, CompensationState.REWORK, CompensationState.IN_REVIEW);
        c.recordFirstApproval(null);
        c.requireManagerApproval(false);
        steps.moveTo(c, CompensationState.IN_REVIEW);
    }

    /**
     * Marketing's decision. An approval is checked against the budget at once, so the reviewer hears about a spent
     * budget now; the money is reserved only when the last approval is given.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordReviewDecision(long id, ReviewDecision decision, String comment, String actor) {
        Compensation c = steps.lockIn(id, CompensationState.IN_REVIEW);
        decide(c, decision, comment, actor, Action.FIRST_APPROVAL);
    }

    /** The routing table asked for a manager's approval as well. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void awaitSecondApproval(long id) {
        Compensation c = steps.lockIn(id, CompensationState.IN_REVIEW);
        c.requireManagerApproval(true);
        steps.moveTo(c, CompensationState.SECOND_APPROVAL);
    }

    /** Four eyes: whoever gave the first approval cannot give the second. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordSecondDecision(long id, ReviewDecision decision, String comment, String actor) {
        Compensation c = steps.lockIn(id, CompensationState.SECOND_APPROVAL);
        if (decision == ReviewDecision.APPROVE && actor.equals(c.getFirstApprover())) {
            throw new ForbiddenException("forbidden.compensation.fourEyes", actor);
        }
        decide(c, decision, comment, actor, Action.SECOND_APPROVAL);
    }

    /** Every approval is given: the amount is reserved, or the step fails (409) when the budget no longer has it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void approve(long id) {
        Compensation c = steps.lockIn(id, CompensationState.IN_REVIEW, CompensationState.SECOND_APPROVAL);
        String approver = c.getSecondApprover() != null ? c.getSecondApprover() : c.getFirstApprover();
        ledger.reserve(c.getBudgetId(), c.getPartnerId(), c.getId(), c.getRequestedAmount(),
                approver == null ? CompensationHistory.SYSTEM : approver);
        c.openClaimWindow(c.getPlannedEnd().plus(steps.rules().claimWindow()));
        steps.moveTo(c, CompensationState.APPROVED);
        steps.record(c, CompensationHistory.SYSTEM, Action.APPROVED, money(c.getRequestedAmount()));
        steps.notifyPartner(c, MailTemplate.COMPENSATION_APPROVED, "approved", money(c.getRequestedAmount()),
                c.getClaimDueOn());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void reject(long id) {
        Compensation c = steps.lock(id);
        steps.moveTo(c, CompensationState.REJECTED);
        steps.notifyPartner(c, MailTemplate.COMPENSATION_REJECTED, "rejected", c.getDecisionReason());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void requestRework(long id) {
        Compensation c = steps.lock(id);
        steps.moveTo(c, CompensationState.REWORK);
        steps.notifyPartner(c, MailTemplate.COMPENSATION_REWORK, "rework-v" + c.getVersion(), c.getDecisionReason());
    }

    /** The partner answers a rework request with a corrected plan. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void revise(long id, CompensationRequest request, String comment, String actor) {
        Compensation c = steps.lockIn(id, CompensationState.REWORK);
        CompensationRequest.Valid valid = request.validate(steps.rules().compensationSharePercent(), steps.today());
        String note = FieldChecks.decisionComment(false, comment);
        c.apply(budgetFor(valid).getId(), valid, steps.now());
        steps.record(c, actor, Action.RESUBMITTED, note);
    }

    /** Checked before the cancel message goes to the process, so a late cancel answers 409 and changes nothing. */
    public void checkCancellable(long id) {
        requireCancellable(steps.get(id));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void cancel(long id, String actor) {
        Compensation c = steps.lock(id);
        requireCancellable(c);
        ledger.releaseRemaining(c.getBudgetId(), c.getPartnerId(), c.getId(), actor, "cancelled before the activity");
        steps.moveTo(c, CompensationState.CANCELLED);
        steps.record(c, actor, Action.CANCELLED, null);
        steps.notifyPartner(c, MailTemplate.COMPENSATION_CANCELLED, "cancelled");
    }

    /**
     * The partner's agreement stopped being valid: each request still before its activity is cancelled with the reason
     * and its reservation released. A claim for an activity already held goes on to its payment. Answers the processes
     * that drove the cancelled ones, for the caller to end.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> closeOpenOf(long partnerId, String reason) {
        List<String> processes = new ArrayList<>();
        for (Compensation open : compensations.findByPartnerIdAndStateInOrderByIdAsc(partnerId, CANCELLABLE)) {
            Compensation c = steps.lock(open.getId());
            if (!CANCELLABLE.contains(c.getState())) {
                continue;
            }
            ledger.releaseRemaining(c.getBudgetId(), c.getPartnerId(), c.getId(), CompensationHistory.SYSTEM, reason);
            c.recordDecisionReason(reason);
            steps.moveTo(c, CompensationState.CANCELLED);
            steps.record(c, CompensationHistory.SYSTEM, Action.CANCELLED, reason);
            if (c.getProcessInstanceId() != null) {
                processes.add(c.getProcessInstanceId());
            }
        }
        return processes;
    }

    /** A reviewer's decision; a rejection or rework must say why, an approval must still fit in the budget. */
    private void decide(Compensation c, ReviewDecision decision, String comment, String actor, Action approval) {
        String reason = FieldChecks.decisionComment(decision != ReviewDecision.APPROVE, comment);
        c.recordDecisionReason(reason);
        Action action = switch (decision) {
            case APPROVE -> approval;
            case REJECT -> Action.REJECTED;
            case REWORK -> Action.REWORK_REQUESTED;
        };
        if (decision == ReviewDecision.APPROVE) {
            requireAvailable(c);
            if (approval == Action.FIRST_APPROVAL) {
                c.recordFirstApproval(actor);
            } else {
                c.recordSecondApproval(actor);
            }
        }
        steps.record(c, actor, action, reason);
    }

    private MarketingBudget budgetFor(CompensationRequest.Valid request) {
        return ledger.covering(request.region(), request.plannedStart()).orElseThrow(() -> new InvalidInputException("region",
                "error.compensation.noBudget", request.region(), request.plannedStart()));
    }

    private void requireAvailable(Compensation c) {
        BudgetBalance balance = ledger.balance(c.getBudgetId());
        if (balance.available().compareTo(c.getRequestedAmount()) < 0) {
            throw new ConflictException("conflict.compensation.budgetShort", money(balance.available()),
                    money(c.getRequestedAmount()));
        }
    }

    private void requireCancellable(Compensation c) {
        STATES.require(c, CANCELLABLE, "conflict.compensation.notCancellable");
        if (!steps.today().isBefore(c.getPlannedStart())) {
            throw new ConflictException("conflict.compensation.activityStarted", c.getPlannedStart());
        }
    }
}
