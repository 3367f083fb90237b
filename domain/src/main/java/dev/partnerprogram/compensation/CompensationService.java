package dev.partnerprogram.compensation;

import dev.partnerprogram.application.DocumentService;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.compensation.CompensationHistory.Action;
import dev.partnerprogram.identity.AppUser;
import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerRepository;
import dev.partnerprogram.partner.PartnerStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a compensation's life, from pre-approval to payment: what may happen in which state, what each step
 * moves in the budget ledger, records in the history and tells the partner.
 */
@Service
public class CompensationService {

    public enum ReviewDecision { APPROVE, REJECT, REWORK }

    /** Before the activity starts the partner may still cancel. */
    private static final Set<CompensationState> CANCELLABLE = EnumSet.of(CompensationState.SUBMITTED, CompensationState.IN_REVIEW,
            CompensationState.REWORK, CompensationState.SECOND_APPROVAL, CompensationState.APPROVED);
    private static final Set<CompensationState> CLAIM_OPEN = EnumSet.of(CompensationState.APPROVED, CompensationState.CLAIM_CORRECTION);
    private static final Set<CompensationState> CLAIMED = EnumSet.of(CompensationState.CLAIM_REVIEW,
            CompensationState.PAYMENT_PENDING, CompensationState.PAID, CompensationState.CLOSED_UNPAID);
    private static final int MAX_LINES = 100;

    private final CompensationRepository compensations;
    private final CompensationHistoryRepository history;
    private final ClaimLineRepository lines;
    private final CompensationDocumentRepository documents;
    private final CompensationDocumentContentRepository contents;
    private final DocumentService uploads;
    private final BudgetLedger ledger;
    private final PartnerRepository partners;
    private final AppUserRepository users;
    private final Notifier notifier;
    private final ProgramProperties.Marketing rules;
    private final ZoneId zone;
    private final Clock clock;

    public CompensationService(CompensationRepository compensations, CompensationHistoryRepository history, ClaimLineRepository lines,
                               CompensationDocumentRepository documents, CompensationDocumentContentRepository contents,
                               DocumentService uploads, BudgetLedger ledger, PartnerRepository partners, AppUserRepository users,
                               Notifier notifier, ProgramProperties properties, Clock clock) {
        this.compensations = compensations;
        this.history = history;
        this.lines = lines;
        this.documents = documents;
        this.contents = contents;
        this.uploads = uploads;
        this.ledger = ledger;
        this.partners = partners;
        this.users = users;
        this.notifier = notifier;
        this.rules = properties.marketing();
        this.zone = ZoneId.of(properties.timeZone());
        this.clock = clock;
    }

    // ---- pre-approval -------------------------------------------------------------------------------------------

    @Transactional(propagation = Propagation.MANDATORY)
    public Compensation submit(long partnerId, CompensationRequest request, String actor) {
        PartnerCompany partner = partners.findById(partnerId).orElseThrow(() -> new NotFoundException("notFound.partner"));
        if (partner.getStatus() == PartnerStatus.APPLICANT) {
            throw new ForbiddenException("forbidden.compensation.needsStatus");
        }
        CompensationRequest.Valid valid = request.validate(rules.compensationSharePercent(), today());
        MarketingBudget budget = budgetFor(valid);
        Compensation compensation = compensations.save(new Compensation(partnerId, budget.getId(), valid, clock.instant()));
        event(compensation, actor, Action.SUBMITTED, null);
        notifyPartner(compensation, MailTemplate.COMPENSATION_RECEIVED, "received", money(compensation.getRequestedAmount()));
        return compensation;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void attachProcess(long id, String processInstanceId) {
        get(id).attachProcess(processInstanceId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void openReview(long id) {
        Compensation c = lock(id);
        requireState(c, CompensationState.SUBMITTED, CompensationState.REWORK, CompensationState.IN_REVIEW);
        c.recordFirstApproval(null);
        c.requireManagerApproval(false);
        c.moveTo(CompensationState.IN_REVIEW, clock.instant());
    }

    /**
     * Marketing's decision. An approval is checked against the budget at once, so the reviewer hears about a spent
     * budget now; the money is reserved only when the last approval is given.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordReviewDecision(long id, ReviewDecision decision, String comment, String actor) {
        Compensation c = lock(id);
        requireState(c, CompensationState.IN_REVIEW);
        String reason = FieldChecks.decisionComment(decision != ReviewDecision.APPROVE, comment);
        c.recordDecisionReason(reason);
        if (decision == ReviewDecision.APPROVE) {
            requireAvailable(c);
            c.recordFirstApproval(actor);
        }
        event(c, actor, decision == ReviewDecision.APPROVE ? Action.FIRST_APPROVAL : decisionAction(decision), reason);
    }

    /** The routing table asked for a manager's approval as well. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void awaitSecondApproval(long id) {
        Compensation c = lock(id);
        requireState(c, CompensationState.IN_REVIEW);
        c.requireManagerApproval(true);
        c.moveTo(CompensationState.SECOND_APPROVAL, clock.instant());
    }

    /** Four eyes: whoever gave the first approval cannot give the second. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordSecondDecision(long id, ReviewDecision decision, String comment, String actor) {
        Compensation c = lock(id);
        requireState(c, CompensationState.SECOND_APPROVAL);
        if (decision == ReviewDecision.APPROVE && actor.equals(c.getFirstApprover())) {
            throw new ForbiddenException("forbidden.compensation.fourEyes", actor);
        }
        String reason = FieldChecks.decisionComment(decision != ReviewDecision.APPROVE, comment);
        c.recordDecisionReason(reason);
        if (decision == ReviewDecision.APPROVE) {
            requireAvailable(c);
            c.recordSecondApproval(actor);
        }
        event(c, actor, decision == ReviewDecision.APPROVE ? Action.SECOND_APPROVAL : decisionAction(decision), reason);
    }

    /** Every approval is given: the amount is reserved, or the step fails (409) when the budget no longer has it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void approve(long id) {
        Compensation c = lock(id);
        requireState(c, CompensationState.IN_REVIEW, CompensationState.SECOND_APPROVAL);
        String approver = c.getSecondApprover() != null ? c.getSecondApprover() : c.getFirstApprover();
        ledger.reserve(c.getBudgetId(), c.getPartnerId(), c.getId(), c.getRequestedAmount(),
                approver == null ? CompensationHistory.SYSTEM : approver);
        c.openClaimWindow(c.getPlannedEnd().plus(rules.claimWindow()));
        c.moveTo(CompensationState.APPROVED, clock.instant());
        event(c, CompensationHistory.SYSTEM, Action.APPROVED, money(c.getRequestedAmount()));
        notifyPartner(c, MailTemplate.COMPENSATION_APPROVED, "approved", money(c.getRequestedAmount()), c.getClaimDueOn().toString());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void reject(long id) {
        Compensation c = lock(id);
        c.moveTo(CompensationState.REJECTED, clock.instant());
        notifyPartner(c, MailTemplate.COMPENSATION_REJECTED, "rejected", c.getDecisionReason());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void requestRework(long id) {
        Compensation c = lock(id);
        c.moveTo(CompensationState.REWORK, clock.instant());
        notifyPartner(c, MailTemplate.COMPENSATION_REWORK, "rework-v" + c.getVersion(), c.getDecisionReason());
    }

    /** The partner answers a rework request with a corrected plan. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void revise(long id, CompensationRequest request, String comment, String actor) {
        Compensation c = lock(id);
        requireState(c, CompensationState.REWORK);
        CompensationRequest.Valid valid = request.validate(rules.compensationSharePercent(), today());
        String note = FieldChecks.decisionComment(false, comment);
        c.apply(budgetFor(valid).getId(), valid, clock.instant());
        event(c, actor, Action.RESUBMITTED, note);
    }

    // ---- before and after the activity ---------------------------------------------------------------------------

    /** Checked before the cancel message goes to the process, so a late cancel answers 409 and changes nothing. */
    @Transactional(readOnly = true)
    public void checkCancellable(long id) {
        requireCancellable(get(id));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void cancel(long id, String actor) {
        Compensation c = lock(id);
        requireCancellable(c);
        ledger.releaseRemaining(c.getBudgetId(), c.getPartnerId(), c.getId(), actor, "cancelled before the activity");
        c.moveTo(CompensationState.CANCELLED, clock.instant());
        event(c, actor, Action.CANCELLED, null);
        notifyPartner(c, MailTemplate.COMPENSATION_CANCELLED, "cancelled");
    }

    /** When the claim is due: the end of its last day in the program's time zone. */
    @Transactional(readOnly = true)
    public Instant claimDueAt(long id) {
        LocalDate due = get(id).getClaimDueOn();
        if (due == null) {
            throw new IllegalStateException("Compensation " + id + " has no claim deadline");
        }
        return due.plusDays(1).atStartOfDay(zone).toInstant();
    }

    @Transactional(readOnly = true)
    public Instant claimReminderAt(long id) {
        LocalDate due = get(id).getClaimDueOn();
        return due.plusDays(1).minus(rules.claimReminderBefore()).atStartOfDay(zone).toInstant();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void remindClaim(long id) {
        Compensation c = lock(id);
        if (CLAIM_OPEN.contains(c.getState())) {
            event(c, CompensationHistory.SYSTEM, Action.CLAIM_REMINDER, c.getClaimDueOn().toString());
            notifyPartner(c, MailTemplate.COMPENSATION_CLAIM_REMINDER, "reminder-" + c.getClaimDueOn(), c.getClaimDueOn().toString());
        }
    }

    /** No claim by the deadline: the pre-approval lapses and the reservation goes back to the budget. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lapse(long id) {
        Compensation c = lock(id);
        requireState(c, CompensationState.APPROVED, CompensationState.CLAIM_CORRECTION);
        ledger.releaseRemaining(c.getBudgetId(), c.getPartnerId(), c.getId(), CompensationHistory.SYSTEM, "no claim by " + c.getClaimDueOn());
        c.moveTo(CompensationState.LAPSED, clock.instant());
        event(c, CompensationHistory.SYSTEM, Action.LAPSED, c.getClaimDueOn().toString());
        notifyPartner(c, MailTemplate.COMPENSATION_LAPSED, "lapsed", c.getClaimDueOn().toString());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public CompensationDocument upload(long id, CompensationDocument.Kind kind, String fileName, byte[] data, String actor) {
        String contentType = uploads.checkUpload(fileName, data);
        Compensation c = lock(id);
        if (!CLAIM_OPEN.contains(c.getState())) {
            throw new ConflictException("conflict.compensation.documentsOnClaim", state(c));
        }
        String name = DocumentService.safeName(fileName);
        CompensationDocument document = documents.save(new CompensationDocument(c.getId(), c.getPartnerId(),
                kind == null ? CompensationDocument.Kind.OTHER : kind, name, contentType, data.length, actor, clock.instant()));
        contents.save(new CompensationDocumentContent(document.getId(), data));
        event(c, actor, Action.DOCUMENT_UPLOADED, document.getKind() + ": " + name);
        return document;
    }

    /** Checked before the claim message goes to the process; a second claim is a conflict (409). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void submitClaim(long id, ClaimInput claim, String actor) {
        Compensation c = lock(id);
        if (CLAIMED.contains(c.getState())) {
            throw new ConflictException("conflict.compensation.claimSubmitted");
        }
        if (!CLAIM_OPEN.contains(c.getState())) {
            throw new ConflictException("conflict.compensation.notClaimable", state(c));
        }
        LocalDate today = today();
        if (today.isBefore(c.getPlannedEnd())) {
            throw new ConflictException("conflict.compensation.activityNotOver", c.getPlannedEnd());
        }
        if (today.isAfter(c.getClaimDueOn())) {
            throw new ConflictException("conflict.compensation.claimOverdue", c.getClaimDueOn());
        }
        List<FieldViolation> errors = new ArrayList<>();
        List<ClaimInput.Expense> expenses = claim.actualExpenses() == null ? List.of() : claim.actualExpenses();
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
        FieldChecks.require(errors, "results", claim.results(), 4000);
        if (claim.actualAudience() != null && claim.actualAudience() < 0) {
            errors.add(new FieldViolation("actualAudience", "error.notNegative"));
        }
        if (claim.actualLeads() != null && claim.actualLeads() < 0) {
            errors.add(new FieldViolation("actualLeads", "error.notNegative"));
        }
        if (documents.countByCompensationId(id) == 0) {
            errors.add(new FieldViolation("documents", "error.compensation.noDocuments"));
        }
        FieldChecks.throwIfAny(errors);
        lines.deleteByCompensation(id);
        for (int i = 0; i < expenses.size(); i++) {
            lines.save(new ClaimLine(id, i + 1, expenses.get(i).description().trim(), amounts.get(i)));
        }
        boolean correction = c.getState() == CompensationState.CLAIM_CORRECTION;
        c.recordClaim(claim.results().trim(), claim.actualAudience(), claim.actualLeads(), clock.instant());
        c.recordVerification(null, null);
        c.moveTo(CompensationState.CLAIM_REVIEW, clock.instant());
        event(c, actor, Action.CLAIM_SUBMITTED, (correction ? "corrected: " : "") + money(total(amounts)));
    }

    // ---- verification and payment --------------------------------------------------------------------------------

    /**
     * Marketing's line-by-line verdict. Compensation is the configured share of the accepted expenses, never more
     * than the pre-approved amount. Answers the amount to pay (zero when every line is rejected).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public BigDecimal verifyClaim(long id, Map<Long, LineDecision> decisions, String actor) {
        Compensation c = lock(id);
        requireState(c, CompensationState.CLAIM_REVIEW);
        List<ClaimLine> claimLines = lines.findByCompensationIdOrderByLineNoAsc(id);
        List<FieldViolation> errors = new ArrayList<>();
        for (Long lineId : decisions.keySet()) {
            if (claimLines.stream().noneMatch(l -> l.getId().equals(lineId))) {
                errors.add(new FieldViolation("line-" + lineId, "error.compensation.notALine"));
            }
        }
        BigDecimal accepted = Money.ZERO;
        for (ClaimLine line : claimLines) {
            String field = "line-" + line.getId();
            LineDecision d = decisions.get(line.getId());
            if (d == null || d.decision() == null) {
                errors.add(new FieldViolation(field + "-decision", "error.compensation.decideLine"));
                continue;
            }
            String reason = FieldChecks.trimToNull(d.reason());
            if (reason != null && reason.length() > 1000) {
                errors.add(new FieldViolation(field + "-reason", "error.maxLength", 1000));
                continue;
            }
            switch (d.decision()) {
                case ACCEPT -> {
                    line.decide(ClaimLine.Decision.ACCEPT, line.getAmount(), reason);
                    accepted = accepted.add(line.getAmount());
                }
                case REDUCE -> {
                    BigDecimal amount = Money.positive(errors, field + "-amount", d.acceptedAmount());
                    if (amount != null && amount.compareTo(line.getAmount()) >= 0) {
                        errors.add(new FieldViolation(field + "-amount", "error.compensation.reduceBelow", money(line.getAmount())));
                    } else if (reason == null) {
                        errors.add(new FieldViolation(field + "-reason", "error.compensation.reduceReason"));
                    } else if (amount != null) {
                        line.decide(ClaimLine.Decision.REDUCE, amount, reason);
                        accepted = accepted.add(amount);
                    }
                }
                case REJECT -> {
                    if (reason == null) {
                        errors.add(new FieldViolation(field + "-reason", "error.compensation.rejectReason"));
                    } else {
                        line.decide(ClaimLine.Decision.REJECT, Money.ZERO, reason);
                    }
                }
            }
        }
        FieldChecks.throwIfAny(errors);
        BigDecimal approved = Money.min(Money.share(accepted, rules.compensationSharePercent()), c.getRequestedAmount());
        c.recordVerification(accepted, approved);
        event(c, actor, Action.CLAIM_VERIFIED, "accepted " + money(accepted) + ", to pay " + money(approved));
        return approved;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordClaimReturn(long id, String comment, String actor) {
        Compensation c = lock(id);
        requireState(c, CompensationState.CLAIM_REVIEW);
        c.recordDecisionReason(FieldChecks.decisionComment(true, comment));
    }

    /** The claim goes back to the partner, who gets at least the correction period to fix it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void returnClaim(long id) {
        Compensation c = lock(id);
        requireState(c, CompensationState.CLAIM_REVIEW);
        LocalDate earliest = today().plus(rules.claimCorrectionPeriod());
        if (c.getClaimDueOn().isBefore(earliest)) {
            c.openClaimWindow(earliest);
        }
        c.moveTo(CompensationState.CLAIM_CORRECTION, clock.instant());
        event(c, CompensationHistory.SYSTEM, Action.CLAIM_RETURNED, c.getDecisionReason());
        notifyPartner(c, MailTemplate.COMPENSATION_CLAIM_RETURNED, "claim-returned-v" + c.getVersion(), c.getDecisionReason(),
                c.getClaimDueOn().toString());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void requestPayment(long id) {
        Compensation c = lock(id);
        requireState(c, CompensationState.CLAIM_REVIEW);
        c.moveTo(CompensationState.PAYMENT_PENDING, clock.instant());
        notifyPartner(c, MailTemplate.COMPENSATION_CLAIM_VERIFIED, "verified", money(c.getAcceptedExpenses()), money(c.getApprovedAmount()));
    }

    /** Verified with nothing accepted: the whole reservation goes back to the budget. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void closeUnpaid(long id) {
        Compensation c = lock(id);
        requireState(c, CompensationState.CLAIM_REVIEW);
        ledger.releaseRemaining(c.getBudgetId(), c.getPartnerId(), c.getId(), CompensationHistory.SYSTEM, "no expenses accepted");
        c.moveTo(CompensationState.CLOSED_UNPAID, clock.instant());
        event(c, CompensationHistory.SYSTEM, Action.CLOSED_UNPAID, null);
        notifyPartner(c, MailTemplate.COMPENSATION_CLOSED_UNPAID, "closed-unpaid");
    }

    /** Finance has paid: the approved amount moves from reserved to paid and the rest of the reservation is released. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordPayment(long id, LocalDate paymentDate, String paymentDocument, String actor) {
        Compensation c = lock(id);
        requireState(c, CompensationState.PAYMENT_PENDING);
        List<FieldViolation> errors = new ArrayList<>();
        if (paymentDate == null) {
            errors.add(new FieldViolation("paymentDate", "error.required"));
        } else if (paymentDate.isAfter(today())) {
            errors.add(new FieldViolation("paymentDate", "error.notInFuture"));
        }
        FieldChecks.require(errors, "paymentDocument", paymentDocument, 100);
        FieldChecks.throwIfAny(errors);
        String document = paymentDocument.trim();
        if (compensations.existsByPaymentDocument(document)) {
            throw new ConflictException("conflict.compensation.paymentDocumentUsed", document);
        }
        ledger.pay(c.getBudgetId(), c.getPartnerId(), c.getId(), c.getApprovedAmount(), actor, "payment " + document);
        c.recordPayment(paymentDate, document);
        c.moveTo(CompensationState.PAID, clock.instant());
        event(c, actor, Action.PAID, money(c.getApprovedAmount()) + " / " + document);
        notifyPartner(c, MailTemplate.COMPENSATION_PAID, "paid", money(c.getApprovedAmount()), paymentDate.toString(), document);
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Compensation get(long id) {
        return compensations.findById(id).orElseThrow(() -> new NotFoundException("notFound.compensation"));
    }

    @Transactional(readOnly = true)
    public Page<Compensation> listForPartner(long partnerId, Pageable pageable) {
        return compensations.findByPartnerIdOrderBySubmittedAtDesc(partnerId, pageable);
    }

    @Transactional(readOnly = true)
    public Page<Compensation> listAll(Collection<CompensationState> states, Long budgetId, Pageable pageable) {
        if (budgetId != null) {
            return compensations.findByBudgetIdOrderBySubmittedAtDesc(budgetId, pageable);
        }
        return states == null || states.isEmpty()
                ? compensations.findAllByOrderBySubmittedAtDesc(pageable)
                : compensations.findByStateInOrderBySubmittedAtDesc(states, pageable);
    }

    @Transactional(readOnly = true)
    public List<CompensationHistory> history(long id) {
        return history.findByCompensationIdOrderByAtAscIdAsc(id);
    }

    @Transactional(readOnly = true)
    public List<ClaimLine> lines(long id) {
        return lines.findByCompensationIdOrderByLineNoAsc(id);
    }

    @Transactional(readOnly = true)
    public List<CompensationDocument> documents(long id) {
        return documents.findByCompensationIdOrderByUploadedAtAscIdAsc(id);
    }

    @Transactional(readOnly = true)
    public DocumentFile document(long id, long documentId) {
        CompensationDocument document = documents.findById(documentId)
                .filter(d -> d.getCompensationId().equals(id))
                .orElseThrow(() -> new NotFoundException("notFound.document"));
        return new DocumentFile(document, contents.findById(documentId).map(CompensationDocumentContent::getData).orElse(new byte[0]));
    }

    public record DocumentFile(CompensationDocument document, byte[] data) {}

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

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
        if (!CANCELLABLE.contains(c.getState())) {
            throw new ConflictException("conflict.compensation.notCancellable", state(c));
        }
        if (!today().isBefore(c.getPlannedStart())) {
            throw new ConflictException("conflict.compensation.activityStarted", c.getPlannedStart());
        }
    }

    private static Action decisionAction(ReviewDecision decision) {
        return decision == ReviewDecision.REJECT ? Action.REJECTED : Action.REWORK_REQUESTED;
    }

    private Compensation lock(long id) {
        return compensations.findForUpdate(id).orElseThrow(() -> new NotFoundException("notFound.compensation"));
    }

    private static void requireState(Compensation c, CompensationState... allowed) {
        for (CompensationState state : allowed) {
            if (c.getState() == state) {
                return;
            }
        }
        throw new ConflictException("conflict.compensation.stepNotPossible", state(c));
    }


    private static BigDecimal total(List<BigDecimal> amounts) {
        return amounts.stream().reduce(Money.ZERO, BigDecimal::add);
    }

    private static MessageSourceResolvable state(Compensation c) {
        return Message.label("compensation.state", c.getState());
    }

    static String money(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    private void event(Compensation c, String actor, Action action, String comment) {
        history.save(new CompensationHistory(c.getId(), clock.instant(), actor, action, comment));
    }

    private void notifyPartner(Compensation c, MailTemplate template, String key, Object... more) {
        Object[] args = new Object[more.length + 2];
        args[0] = c.getId().toString();
        args[1] = c.getTitle();
        System.arraycopy(more, 0, args, 2, more.length);
        for (AppUser user : users.findByPartnerIdAndEnabledTrue(c.getPartnerId())) {
            notifier.notify(user, template, "compensation-" + c.getId() + "-" + key, args);
        }
    }
}
