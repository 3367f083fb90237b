package dev.partnerprogram.workflow.deal;

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.deal.DealService;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.processes.DealRegistrationProcess;
import dev.partnerprogram.processes.DealRegistrationProcess.Outcome;
import dev.partnerprogram.processes.DealRegistrationProcess.ReviewDecision;
import dev.partnerprogram.upgrade.ProjectComplexity;
import dev.partnerprogram.workflow.task.Decision;
import dev.partnerprogram.workflow.task.FieldSpec;
import dev.partnerprogram.workflow.task.PartnerSubjectTasks;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskInput;
import dev.partnerprogram.workflow.task.TaskSpec;
import java.math.BigDecimal;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The user tasks of {@code deal-registration}: the managers' review of a registration (or of a conflict, with the other
 * registrations in view), and the partner's outcome of a protected deal: won with its amount and date, lost with the
 * reason, or the one extension.
 */
@Component
class DealTasks extends PartnerSubjectTasks {

    static final String PROTECTION_DAYS = "protectionDays";
    static final String AMOUNT = "amount";
    static final String CLOSED_AT = "closedAt";
    static final String COMPLEXITY = "complexity";
    static final String JOINT_DISCOUNT = "jointDiscount";
    static final String PARTNER_SHARE = "partnerShare";

    private final DealService deals;

    DealTasks(DealService deals) {
        super(DealRegistrationProcess.KEY, SubjectType.DEAL, id -> deals.get(id));
        this.deals = deals;
        task(TaskSpec.of(DealRegistrationProcess.USER_REVIEW_DEAL)
                .decisions(Decision.APPROVE, Decision.REJECT).commentFor(Decision.REJECT)
                .fields(FieldSpec.number(PROTECTION_DAYS, 1, 3650), FieldSpec.number(JOINT_DISCOUNT, 1, 100),
                        FieldSpec.number(PARTNER_SHARE, 1, 100)), this::review);
        task(TaskSpec.of(DealRegistrationProcess.USER_RESOLVE_CONFLICT)
                .decisions(Decision.APPROVE, Decision.REJECT).commentFor(Decision.REJECT)
                .fields(FieldSpec.number(PROTECTION_DAYS, 1, 3650), FieldSpec.number(JOINT_DISCOUNT, 1, 100),
                        FieldSpec.number(PARTNER_SHARE, 1, 100)), this::review);
        // Which fields each outcome needs (an amount and a date for a won deal) is the domain's rule.
        task(TaskSpec.of(DealRegistrationProcess.USER_CLOSE_DEAL)
                .decisions(Decision.WON, Decision.LOST, Decision.EXTEND).commentFor(Decision.LOST)
                .fields(FieldSpec.money(AMOUNT), FieldSpec.date(CLOSED_AT),
                        FieldSpec.choice(COMPLEXITY, ProjectComplexity.class, "project.complexity")), this::close);
    }

    /** The review of a registration and the decision on a conflict approve or reject it alike. */
    private void review(long dealId, Caller caller, TaskInput input, Map<String, Object> variables) {
        ReviewDecision decision = input.decision(ReviewDecision.class);
        if (decision == ReviewDecision.APPROVE) {
            Long days = (Long) input.values().get(PROTECTION_DAYS);
            DealRegistrationProcess.PROTECTION_ENDS_AT.put(variables,
                    Date.from(deals.approve(dealId, days, jointTerms(dealId, caller, input), input.comment(), caller.username())));
        } else {
            deals.reject(dealId, input.comment(), caller.username());
        }
        DealRegistrationProcess.REVIEW_DECISION.put(variables, decision.name());
    }

    private void close(long dealId, Caller caller, TaskInput input, Map<String, Object> variables) {
        Outcome outcome = input.decision(Outcome.class);
        switch (outcome) {
            case WON -> {
                String complexity = input.text(COMPLEXITY);
                deals.markWon(dealId, input.money(AMOUNT), input.date(CLOSED_AT),
                        complexity == null ? null : ProjectComplexity.valueOf(complexity), caller.username());
            }
            case LOST -> deals.markLost(dealId, input.comment(), caller.username());
            case EXTEND -> DealRegistrationProcess.PROTECTION_ENDS_AT.put(variables,
                    Date.from(deals.extend(dealId, caller.username())));
        }
        DealRegistrationProcess.OUTCOME.put(variables, outcome.name());
    }

    /** A joint deal's individual discount and revenue split are a manager's to approve; other deals have none. */
    private DealService.JointTerms jointTerms(long dealId, Caller caller, TaskInput input) {
        if (!deals.get(dealId).isJoint()) {
            return null;
        }
        if (!caller.has(Role.MANAGER)) {
            throw new ForbiddenException("forbidden.deal.jointNeedsManager");
        }
        Integer discount = input.integer(JOINT_DISCOUNT);
        Integer share = input.integer(PARTNER_SHARE);
        return new DealService.JointTerms(discount == null ? null : BigDecimal.valueOf(discount),
                share == null ? null : BigDecimal.valueOf(share));
    }
}
