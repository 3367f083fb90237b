package dev.partnerprogram.workflow.compensation;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.compensation.ActivityKind;
import dev.partnerprogram.compensation.ClaimLine;
import dev.partnerprogram.compensation.Compensation;
import dev.partnerprogram.compensation.CompensationClaims;
import dev.partnerprogram.compensation.CompensationPayments;
import dev.partnerprogram.compensation.CompensationPreApproval;
import dev.partnerprogram.compensation.CompensationPreApproval.ReviewDecision;
import dev.partnerprogram.compensation.CompensationRequest;
import dev.partnerprogram.compensation.CompensationService;
import dev.partnerprogram.compensation.LineDecision;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.MarketingCompensationProcess;
import dev.partnerprogram.workflow.task.Decision;
import dev.partnerprogram.workflow.task.FieldSpec;
import dev.partnerprogram.workflow.task.FormValues;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.PartnerSubjectTasks;
import dev.partnerprogram.workflow.task.TaskInput;
import dev.partnerprogram.workflow.task.TaskSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The user tasks of {@code marketing-compensation}. Claim verification takes one decision per line as flat fields
 * {@code line-<id>-decision} (ACCEPT, REDUCE, REJECT), {@code line-<id>-amount} and {@code line-<id>-reason}.
 */
@Component
class CompensationTasks extends PartnerSubjectTasks {

    private static final String LINES = "claimLines";

    private final CompensationService compensations;
    private final CompensationPreApproval preApproval;
    private final CompensationClaims claims;
    private final CompensationPayments payments;

    CompensationTasks(CompensationService compensations, CompensationPreApproval preApproval, CompensationClaims claims,
                      CompensationPayments payments) {
        super(MarketingCompensationProcess.KEY, SubjectType.COMPENSATION, id -> compensations.get(id));
        this.compensations = compensations;
        this.preApproval = preApproval;
        this.claims = claims;
        this.payments = payments;
        task(TaskSpec.of(MarketingCompensationProcess.USER_REVIEW_COMPENSATION)
                .decisions(Decision.APPROVE, Decision.REJECT, Decision.REWORK).commentFor(Decision.REJECT, Decision.REWORK),
                (id, caller, input, variables) -> {
                    preApproval.recordReviewDecision(id, input.decision(ReviewDecision.class), input.comment(), caller.username());
                    MarketingCompensationProcess.DECISION.put(variables, input.decision().name());
                });
        task(TaskSpec.of(MarketingCompensationProcess.USER_SECOND_APPROVAL)
                .decisions(Decision.APPROVE, Decision.REJECT, Decision.REWORK).commentFor(Decision.REJECT, Decision.REWORK),
                (id, caller, input, variables) -> {
                    preApproval.recordSecondDecision(id, input.decision(ReviewDecision.class), input.comment(), caller.username());
                    MarketingCompensationProcess.DECISION.put(variables, input.decision().name());
                });
        // Fields the partner leaves out keep their current values.
        task(TaskSpec.of(MarketingCompensationProcess.USER_REVISE_COMPENSATION).fields(
                FieldSpec.text("title", 200), FieldSpec.choice("kind", ActivityKind.class, "compensation.kind"),
                FieldSpec.text("region", 100), FieldSpec.date("plannedStart"), FieldSpec.date("plannedEnd"),
                FieldSpec.money("plannedBudget"), FieldSpec.money("requestedAmount"),
                FieldSpec.number("expectedAudience", 0, Integer.MAX_VALUE), FieldSpec.number("expectedLeads", 0, Integer.MAX_VALUE),
                FieldSpec.longText("description", 4000)),
                (id, caller, input, variables) ->
                        preApproval.revise(id, revised(compensations.get(id), input), input.comment(), caller.username()));
        task(TaskSpec.of(MarketingCompensationProcess.USER_VERIFY_CLAIM)
                .decisions(Decision.APPROVE, Decision.REWORK).commentFor(Decision.REWORK)
                .fields(FieldSpec.claimLines(LINES, ClaimLine.Decision.class, "compensation.line")), this::verifyClaim);
        task(TaskSpec.of(MarketingCompensationProcess.USER_RECORD_PAYMENT).fields(
                FieldSpec.date("paymentDate").asRequired(), FieldSpec.text("paymentDocument", 100).asRequired()),
                (id, caller, input, variables) ->
                        payments.recordPayment(id, input.date("paymentDate"), input.text("paymentDocument"), caller.username()));
    }

    @Override
    public Map<String, String> currentValues(String taskKey, long id) {
        if (!MarketingCompensationProcess.USER_REVISE_COMPENSATION.equals(taskKey)) {
            return Map.of();
        }
        Compensation c = compensations.get(id);
        return FormValues.of().with("title", c.getTitle()).with("kind", c.getKind()).with("region", c.getRegion())
                .with("plannedStart", c.getPlannedStart()).with("plannedEnd", c.getPlannedEnd())
                .with("plannedBudget", c.getPlannedBudget()).with("requestedAmount", c.getRequestedAmount())
                .with("expectedAudience", c.getExpectedAudience()).with("expectedLeads", c.getExpectedLeads())
                .with("description", c.getDescription()).toMap();
    }

    private void verifyClaim(long id, Caller caller, TaskInput input, Map<String, Object> variables) {
        if (input.decision() == Decision.REWORK) {
            claims.recordClaimReturn(id, input.comment(), caller.username());
        } else {
            BigDecimal payable = claims.verifyClaim(id, lineDecisions(input.lines(LINES)), caller.username());
            MarketingCompensationProcess.COMPENSATION_PAYABLE.put(variables, payable.signum() > 0);
        }
        MarketingCompensationProcess.DECISION.put(variables, input.decision().name());
    }

    /** Collects {@code line-<id>-decision/-amount/-reason} into one decision per line; unparseable input is named. */
    static Map<Long, LineDecision> lineDecisions(Map<String, String> fields) {
        Map<Long, String[]> parts = new LinkedHashMap<>();
        List<FieldViolation> errors = new ArrayList<>();
        fields.forEach((name, value) -> {
            String[] split = name.substring(TaskSpec.LINE_PREFIX.length()).split("-", 2);
            int slot = split.length < 2 ? -1 : List.of("decision", "amount", "reason").indexOf(split[1]);
            if (slot < 0 || !split[0].matches("\\d{1,18}")) {
                errors.add(new FieldViolation(name, "error.compensation.unknownField"));
                return;
            }
            parts.computeIfAbsent(Long.parseLong(split[0]), k -> new String[3])[slot] = value;
        });
        Map<Long, LineDecision> result = new HashMap<>();
        parts.forEach((lineId, p) -> {
            String prefix = TaskSpec.LINE_PREFIX + lineId;
            ClaimLine.Decision decision = null;
            if (p[0] != null && !p[0].isBlank()) {
                try {
                    decision = ClaimLine.Decision.valueOf(p[0].trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldViolation(prefix + "-decision", "error.compensation.decideLine"));
                }
            }
            BigDecimal amount = p[1] == null || p[1].isBlank() ? null : TaskSpec.amount(prefix + "-amount", p[1], errors);
            result.put(lineId, new LineDecision(decision, amount, p[2]));
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return result;
    }

    /** Fields the partner leaves out keep their current values. */
    private static CompensationRequest revised(Compensation c, TaskInput input) {
        return new CompensationRequest(or(input.text("title"), c.getTitle()), or(input.choice("kind", ActivityKind.class), c.getKind()),
                or(input.text("region"), c.getRegion()), or(input.date("plannedStart"), c.getPlannedStart()),
                or(input.date("plannedEnd"), c.getPlannedEnd()), or(input.money("plannedBudget"), c.getPlannedBudget()),
                or(input.money("requestedAmount"), c.getRequestedAmount()),
                or(input.integer("expectedAudience"), c.getExpectedAudience()), or(input.integer("expectedLeads"), c.getExpectedLeads()),
                or(input.text("description"), c.getDescription()));
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
