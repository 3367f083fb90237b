package dev.partnerprogram.compensation;

import dev.partnerprogram.application.DocumentService;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.Money;
import dev.partnerprogram.compensation.CompensationHistory.Action;
import dev.partnerprogram.notification.MailTemplate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import static dev.partnerprogram.compensation.CompensationSteps.STATES;
import static dev.partnerprogram.compensation.CompensationSteps.money;


/**
 * A pre-approved compensation after the activity: the claim window with its reminder and lapse, the proof documents,
 * the partner's claim of actual expenses, and marketing's line-by-line verification or return for correction.
 */
@Service
@Transactional(readOnly = true)
public class CompensationClaims {

    private static final Set<CompensationState> CLAIM_OPEN = EnumSet.of(CompensationState.APPROVED, CompensationState.CLAIM_CORRECTION);
    private static final Set<CompensationState> CLAIMED = EnumSet.of(CompensationState.CLAIM_REVIEW,
            CompensationState.PAYMENT_PENDING, CompensationState.PAID, CompensationState.CLOSED_UNPAID);
    private static final int MAX_LINES = 100;
    private static final int MAX_REASON = 1000;

    private final CompensationSteps steps;
    private final ClaimLineRepository lines;
    private final CompensationDocumentRepository documents;
    private final CompensationDocumentContentRepository contents;
    private final DocumentService uploads;
    private final BudgetLedger ledger;

    CompensationClaims(CompensationSteps steps, ClaimLineRepository lines, CompensationDocumentRepository documents,
                       CompensationDocumentContentRepository contents, DocumentService uploads, BudgetLedger ledger) {
        this.steps = steps;
        this.lines = lines;
        this.documents = documents;
        this.contents = contents;
        this.uploads = uploads;
        this.ledger = ledger;
    }

    /** When the claim is due: the end of its last day in the program's time zone. */
    public Instant claimDueAt(long id) {
        LocalDate due = steps.get(id).getClaimDueOn();
        if (due == null) {
            throw new IllegalStateException("Compensation " + id + " has no claim deadline");
        }
        return due.plusDays(1).atStartOfDay(steps.zone()).toInstant();
    }

    public Instant claimReminderAt(long id) {
        LocalDate due = steps.get(id).getClaimDueOn();
        return due.plusDays(1).minus(steps.rules().claimReminderBefore()).atStartOfDay(steps.zone()).toInstant();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void remindClaim(long id) {
        Compensation c = steps.lock(id);
        if (CLAIM_OPEN.contains(c.getState())) {
            steps.record(c, CompensationHistory.SYSTEM, Action.CLAIM_REMINDER, c.getClaimDueOn().toString());
            steps.notifyPartner(c, MailTemplate.COMPENSATION_CLAIM_REMINDER, "reminder-" + c.getClaimDueOn(),
                    c.getClaimDueOn());
        }
    }

    /** No claim by the deadline: the pre-approval lapses and the reservation goes back to the budget. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lapse(long id) {
        Compensation c = steps.lockIn(id, CompensationState.APPROVED, CompensationState.CLAIM_CORRECTION);
        ledger.releaseRemaining(c.getBudgetId(), c.getPartnerId(), c.getId(), CompensationHistory.SYSTEM, "no claim by " + c.getClaimDueOn());
        steps.moveTo(c, CompensationState.LAPSED);
        steps.record(c, CompensationHistory.SYSTEM, Action.LAPSED, c.getClaimDueOn().toString());
        steps.notifyPartner(c, MailTemplate.COMPENSATION_LAPSED, "lapsed", c.getClaimDueOn());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public CompensationDocument upload(long id, CompensationDocument.Kind kind, String fileName, byte[] data, String actor) {
        String contentType = uploads.checkUpload(fileName, data);
        Compensation c = steps.lock(id);
        STATES.require(c, CLAIM_OPEN, "conflict.compensation.documentsOnClaim");
        String name = DocumentService.safeName(fileName);
        CompensationDocument document = documents.save(new CompensationDocument(c.getId(), c.getPartnerId(),
                kind == null ? CompensationDocument.Kind.OTHER : kind, name, contentType, data.length, actor, steps.now()));
        contents.save(new CompensationDocumentContent(document.getId(), data));
        steps.record(c, actor, Action.DOCUMENT_UPLOADED, document.getKind() + ": " + name);
        return document;
    }

    /** Checked before the claim message goes to the process; a second claim is a conflict (409). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void submitClaim(long id, ClaimInput claim, String actor) {
        Compensation c = steps.lock(id);
        if (CLAIMED.contains(c.getState())) {
            throw new ConflictException("conflict.compensation.claimSubmitted");
        }
        STATES.require(c, CLAIM_OPEN, "conflict.compensation.notClaimable");
        LocalDate today = steps.today();
        if (today.isBefore(c.getPlannedEnd())) {
            throw new ConflictException("conflict.compensation.activityNotOver", c.getPlannedEnd());
        }
        if (today.isAfter(c.getClaimDueOn())) {
            throw new ConflictException("conflict.compensation.claimOverdue", c.getClaimDueOn());
        }
        List<FieldViolation> errors = new ArrayList<>();
        List<ClaimInput.Expense> expenses = claim.actualExpenses() == null ? List.of() : claim.actualExpenses();
        List<BigDecimal> amounts = expenses(errors, expenses);
        FieldChecks.require(errors, "results", claim.results(), 4000);
        notNegative(errors, "actualAudience", claim.actualAudience());
        notNegative(errors, "actualLeads", claim.actualLeads());
        if (documents.countBySubjectId(id) == 0) {
            errors.add(new FieldViolation("documents", "error.compensation.noDocuments"));
        }
        FieldChecks.throwIfAny(errors);
        lines.deleteByCompensation(id);
        for (int i = 0; i < expenses.size(); i++) {
            lines.save(new ClaimLine(id, i + 1, expenses.get(i).description().trim(), amounts.get(i)));
        }
        boolean correction = c.getState() == CompensationState.CLAIM_CORRECTION;
        c.recordClaim(claim.results().trim(), claim.actualAudience(), claim.actualLeads(), steps.now());
        c.recordVerification(null, null);
        steps.moveTo(c, CompensationState.CLAIM_REVIEW);
        BigDecimal total = amounts.stream().reduce(Money.ZERO, BigDecimal::add);
        steps.record(c, actor, Action.CLAIM_SUBMITTED, (correction ? "corrected: " : "") + money(total));
    }

    /**
     * Marketing's line-by-line verdict. Compensation is the configured share of the accepted expenses, never more
     * than the pre-approved amount. Answers the amount to pay (zero when every line is rejected).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public BigDecimal verifyClaim(long id, Map<Long, LineDecision> decisions, String actor) {
        Compensation c = steps.lockIn(id, CompensationState.CLAIM_REVIEW);
        List<ClaimLine> claimLines = lines.findByCompensationIdOrderByLineNoAsc(id);
        List<FieldViolation> errors = new ArrayList<>();
        for (Long lineId : decisions.keySet()) {
            if (claimLines.stream().noneMatch(l -> l.getId().equals(lineId))) {
                errors.add(new FieldViolation("line-" + lineId, "error.compensation.notALine"));
            }
        }
        BigDecimal accepted = Money.ZERO;
        for (ClaimLine line : claimLines) {
            accepted = accepted.add(decide(errors, line, decisions.get(line.getId())));
        }
        FieldChecks.throwIfAny(errors);
        BigDecimal approved = Money.min(Money.share(accepted, steps.rules().compensationSharePercent()), c.getRequestedAmount());
        c.recordVerification(accepted, approved);
        steps.record(c, actor, Action.CLAIM_VERIFIED, "accepted " + money(accepted) + ", to pay " + money(approved));
        return approved;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordClaimReturn(long id, String comment, String actor) {
        Compensation c = steps.lockIn(id, CompensationState.CLAIM_REVIEW);
        c.recordDecisionReason(FieldChecks.decisionComment(true, comment));
    }

    /** The claim goes back to the partner, who gets at least the correction period to fix it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void returnClaim(long id) {
        Compensation c = steps.lockIn(id, CompensationState.CLAIM_REVIEW);
        LocalDate earliest = steps.today().plus(steps.rules().claimCorrectionPeriod());
        if (c.getClaimDueOn().isBefore(earliest)) {
            c.openClaimWindow(earliest);
        }
        steps.moveTo(c, CompensationState.CLAIM_CORRECTION);
        steps.record(c, CompensationHistory.SYSTEM, Action.CLAIM_RETURNED, c.getDecisionReason());
        steps.notifyPartner(c, MailTemplate.COMPENSATION_CLAIM_RETURNED, "claim-returned-v" + c.getVersion(), c.getDecisionReason(),
                c.getClaimDueOn());
    }

    /** The claimed expense lines, checked; answers their amounts (null where an amount is wrong). */
    private static List<BigDecimal> expenses(List<FieldViolation> errors, List<ClaimInput.Expense> expenses) {
        if (expenses.isEmpty()) {
            errors.add(new FieldViolation("actualExpenses", "error.compensation.noExpenses"));
        } else if (expenses.size() > MAX_LINES) {
            errors.add(new FieldViolation("actualExpenses", "error.tooManyLines", MAX_LINES));
        }
        List<BigDecimal> amounts = new ArrayList<>();
        for (int i = 0; i < expenses.size() && i < MAX_LINES; i++) {
            ClaimInput.Expense e = expenses.get(i);
            String prefix = "actualExpenses[" + i + "].";
            FieldChecks.require(errors, prefix + "description", e == null ? null : e.description(), 500);
            amounts.add(Money.positive(errors, prefix + "amount", e == null ? null : e.amount()));
        }
        return amounts;
    }

    private static void notNegative(List<FieldViolation> errors, String field, Integer value) {
        if (value != null && value < 0) {
            errors.add(new FieldViolation(field, "error.notNegative"));
        }
    }

    /** Records the decision on one line; answers the amount it accepts (zero where the decision is wanting). */
    private static BigDecimal decide(List<FieldViolation> errors, ClaimLine line, LineDecision d) {
        String field = "line-" + line.getId();
        if (d == null || d.decision() == null) {
            errors.add(new FieldViolation(field + "-decision", "error.compensation.decideLine"));
            return Money.ZERO;
        }
        String reason = FieldChecks.trimToNull(d.reason());
        if (reason != null && reason.length() > MAX_REASON) {
            errors.add(new FieldViolation(field + "-reason", "error.maxLength", MAX_REASON));
            return Money.ZERO;
        }
        return switch (d.decision()) {
            case ACCEPT -> {
                line.decide(ClaimLine.Decision.ACCEPT, line.getAmount(), reason);
                yield line.getAmount();
            }
            case REDUCE -> {
                BigDecimal amount = Money.positive(errors, field + "-amount", d.acceptedAmount());
                if (amount != null && amount.compareTo(line.getAmount()) >= 0) {
                    errors.add(new FieldViolation(field + "-amount", "error.compensation.reduceBelow", money(line.getAmount())));
                } else if (reason == null) {
                    errors.add(new FieldViolation(field + "-reason", "error.compensation.reduceReason"));
                } else if (amount != null) {
                    line.decide(ClaimLine.Decision.REDUCE, amount, reason);
                    yield amount;
                }
                yield Money.ZERO;
            }
            case REJECT -> {
                if (reason == null) {
                    errors.add(new FieldViolation(field + "-reason", "error.compensation.rejectReason"));
                } else {
                    line.decide(ClaimLine.Decision.REJECT, Money.ZERO, reason);
                }
                yield Money.ZERO;
            }
        };
    }
}
