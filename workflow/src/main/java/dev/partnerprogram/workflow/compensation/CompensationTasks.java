package dev.partnerprogram.workflow.compensation;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.NotFoundException;
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
import dev.partnerprogram.workflow.task.FormField;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskHandler;
import dev.partnerprogram.workflow.task.TaskInputs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The user tasks of {@code marketing-compensation}. Claim verification takes one decision per line as flat fields
 * {@code line-<id>-decision} (ACCEPT, REDUCE, REJECT), {@code line-<id>-amount} and {@code line-<id>-reason}.
 */
@Component
class CompensationTasks implements TaskHandler {

    static final String LINE_PREFIX = "line-";
    private static final List<String> DECISIONS = List.of("APPROVE", "REJECT", "REWORK");
    private static final List<String> KINDS = Arrays.stream(ActivityKind.values()).map(Enum::name).toList();

    private static final Map<String, List<FormField>> FORMS = Map.of(
            MarketingCompensationProcess.USER_REVIEW_COMPENSATION, List.of(
                    new FormField("decision", "choice", true, DECISIONS),
                    new FormField("comment", "text", false, List.of())),
            MarketingCompensationProcess.USER_SECOND_APPROVAL, List.of(
                    new FormField("decision", "choice", true, DECISIONS),
                    new FormField("comment", "text", false, List.of())),
            MarketingCompensationProcess.USER_REVISE_COMPENSATION, List.of(
                    new FormField("title", "text", false, List.of()),
                    new FormField("kind", "choice", false, KINDS),
                    new FormField("region", "text", false, List.of()),
                    new FormField("plannedStart", "date", false, List.of()),
                    new FormField("plannedEnd", "date", false, List.of()),
                    new FormField("plannedBudget", "money", false, List.of()),
                    new FormField("requestedAmount", "money", false, List.of()),
                    new FormField("expectedAudience", "number", false, List.of()),
                    new FormField("expectedLeads", "number", false, List.of()),
                    new FormField("description", "text", false, List.of()),
                    new FormField("comment", "text", false, List.of())),
            MarketingCompensationProcess.USER_VERIFY_CLAIM, List.of(
                    new FormField("decision", "choice", true, List.of("APPROVE", "REWORK")),
                    new FormField("claimLines", "claimLines", true, List.of("ACCEPT", "REDUCE", "REJECT")),
                    new FormField("comment", "text", false, List.of())),
            MarketingCompensationProcess.USER_RECORD_PAYMENT, List.of(
                    new FormField("paymentDate", "date", true, List.of()),
                    new FormField("paymentDocument", "text", true, List.of()),
                    new FormField("comment", "text", false, List.of())));

    private final CompensationService compensations;
    private final CompensationPreApproval preApproval;
    private final CompensationClaims claims;
    private final CompensationPayments payments;

    CompensationTasks(CompensationService compensations, CompensationPreApproval preApproval, CompensationClaims claims,
                      CompensationPayments payments) {
        this.compensations = compensations;
        this.preApproval = preApproval;
        this.claims = claims;
        this.payments = payments;
    }

    @Override
    public String processKey() {
        return MarketingCompensationProcess.KEY;
    }

    @Override
    public String subjectType() {
        return "compensation";
    }

    @Override
    public Long partnerOf(long subjectId) {
        try {
            return compensations.get(subjectId).getPartnerId();
        } catch (NotFoundException e) {
            return null;
        }
    }

    @Override
    public boolean maySee(Caller caller, long subjectId) {
        try {
            return caller.maySee(compensations.get(subjectId).getPartnerId());
        } catch (NotFoundException e) {
            return false;
        }
    }

    @Override
    public List<FormField> form(String taskKey) {
        return FORMS.getOrDefault(taskKey, List.of());
    }

    @Override
    public Map<String, Object> complete(String taskKey, long id, Caller caller, TaskCompletion input) {
        Map<String, Object> variables = new HashMap<>();
        switch (taskKey) {
            case MarketingCompensationProcess.USER_REVIEW_COMPENSATION -> {
                ReviewDecision decision = decision(input.decision(), EnumSet.allOf(ReviewDecision.class));
                preApproval.recordReviewDecision(id, decision, input.comment(), caller.username());
                MarketingCompensationProcess.DECISION.put(variables, decision.name());
            }
            case MarketingCompensationProcess.USER_SECOND_APPROVAL -> {
                ReviewDecision decision = decision(input.decision(), EnumSet.allOf(ReviewDecision.class));
                preApproval.recordSecondDecision(id, decision, input.comment(), caller.username());
                MarketingCompensationProcess.DECISION.put(variables, decision.name());
            }
            case MarketingCompensationProcess.USER_REVISE_COMPENSATION ->
                    preApproval.revise(id, revised(compensations.get(id), input), input.comment(), caller.username());
            case MarketingCompensationProcess.USER_VERIFY_CLAIM -> {
                ReviewDecision decision = decision(input.decision(), EnumSet.of(ReviewDecision.APPROVE, ReviewDecision.REWORK));
                if (decision == ReviewDecision.REWORK) {
                    claims.recordClaimReturn(id, input.comment(), caller.username());
                } else {
                    BigDecimal payable = claims.verifyClaim(id, lineDecisions(input), caller.username());
                    MarketingCompensationProcess.COMPENSATION_PAYABLE.put(variables, payable.signum() > 0);
                }
                MarketingCompensationProcess.DECISION.put(variables, decision.name());
            }
            case MarketingCompensationProcess.USER_RECORD_PAYMENT ->
                    payments.recordPayment(id, date("paymentDate", input.field("paymentDate")), input.field("paymentDocument"),
                            caller.username());
            default -> throw new IllegalStateException("No form handler for task " + taskKey);
        }
        return variables;
    }

    /** Collects {@code line-<id>-decision/-amount/-reason} into one decision per line; unparseable input is named. */
    static Map<Long, LineDecision> lineDecisions(TaskCompletion input) {
        Map<Long, String[]> parts = new LinkedHashMap<>();
        List<FieldViolation> errors = new ArrayList<>();
        if (input.fields() != null) {
            input.fields().forEach((name, value) -> {
                if (!name.startsWith(LINE_PREFIX)) {
                    return;
                }
                String[] split = name.substring(LINE_PREFIX.length()).split("-", 2);
                int slot = split.length < 2 ? -1 : List.of("decision", "amount", "reason").indexOf(split[1]);
                if (slot < 0 || !split[0].matches("\\d{1,18}")) {
                    errors.add(new FieldViolation(name, "error.compensation.unknownField"));
                    return;
                }
                parts.computeIfAbsent(Long.parseLong(split[0]), k -> new String[3])[slot] = value;
            });
        }
        Map<Long, LineDecision> result = new HashMap<>();
        parts.forEach((lineId, p) -> {
            ClaimLine.Decision decision = null;
            if (p[0] != null && !p[0].isBlank()) {
                try {
                    decision = ClaimLine.Decision.valueOf(p[0].trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldViolation(LINE_PREFIX + lineId + "-decision", "error.compensation.decideLine"));
                }
            }
            BigDecimal amount = null;
            if (p[1] != null && !p[1].isBlank()) {
                amount = money(errors, LINE_PREFIX + lineId + "-amount", p[1]);
            }
            result.put(lineId, new LineDecision(decision, amount, p[2]));
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return result;
    }

    /** Fields the partner leaves out keep their current values. */
    private static CompensationRequest revised(Compensation c, TaskCompletion input) {
        List<FieldViolation> errors = new ArrayList<>();
        ActivityKind kind = c.getKind();
        String kindInput = input.field("kind");
        if (kindInput != null && !kindInput.isBlank()) {
            try {
                kind = ActivityKind.valueOf(kindInput.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldViolation("kind", "error.oneOf", String.join(", ", KINDS)));
            }
        }
        LocalDate start = orDate(errors, "plannedStart", input.field("plannedStart"), c.getPlannedStart());
        LocalDate end = orDate(errors, "plannedEnd", input.field("plannedEnd"), c.getPlannedEnd());
        BigDecimal budget = orMoney(errors, "plannedBudget", input.field("plannedBudget"), c.getPlannedBudget());
        BigDecimal requested = orMoney(errors, "requestedAmount", input.field("requestedAmount"), c.getRequestedAmount());
        Integer audience = orInteger(errors, "expectedAudience", input.field("expectedAudience"), c.getExpectedAudience());
        Integer leads = orInteger(errors, "expectedLeads", input.field("expectedLeads"), c.getExpectedLeads());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CompensationRequest(or(input.field("title"), c.getTitle()), kind, or(input.field("region"), c.getRegion()),
                start, end, budget, requested, audience, leads, or(input.field("description"), c.getDescription()));
    }

    private static ReviewDecision decision(String value, Set<ReviewDecision> allowed) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("decision", "error.required");
        }
        try {
            ReviewDecision decision = ReviewDecision.valueOf(value.trim().toUpperCase(Locale.ROOT));
            if (allowed.contains(decision)) {
                return decision;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below with the allowed values
        }
        throw new InvalidInputException("decision", "error.oneOf", TaskInputs.names(allowed));
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "error.date");
        }
    }

    private static BigDecimal money(List<FieldViolation> errors, String field, String value) {
        try {
            return new BigDecimal(value.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(new FieldViolation(field, "error.amount"));
            return null;
        }
    }

    private static LocalDate orDate(List<FieldViolation> errors, String field, String value, LocalDate fallback) {
        try {
            LocalDate parsed = date(field, value);
            return parsed == null ? fallback : parsed;
        } catch (InvalidInputException e) {
            errors.addAll(e.violations());
            return fallback;
        }
    }

    private static BigDecimal orMoney(List<FieldViolation> errors, String field, String value, BigDecimal fallback) {
        return value == null || value.isBlank() ? fallback : money(errors, field, value);
    }

    private static Integer orInteger(List<FieldViolation> errors, String field, String value, Integer fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldViolation(field, "error.integer"));
            return fallback;
        }
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
