package dev.partnerprogram.workflow.compensation;

import dev.partnerprogram.compensation.BudgetBalance;
import dev.partnerprogram.compensation.BudgetLedger;
import dev.partnerprogram.compensation.ClaimInput;
import dev.partnerprogram.compensation.ClaimLine;
import dev.partnerprogram.compensation.Compensation;
import dev.partnerprogram.compensation.CompensationClaims;
import dev.partnerprogram.compensation.CompensationDocument;
import dev.partnerprogram.compensation.CompensationPreApproval;
import dev.partnerprogram.compensation.CompensationRequest;
import dev.partnerprogram.compensation.CompensationService;
import dev.partnerprogram.compensation.CompensationState;
import dev.partnerprogram.compensation.LedgerEntry;
import dev.partnerprogram.compensation.MarketingBudget;
import dev.partnerprogram.common.Money;
import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.StoredFile;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.processes.MarketingCompensationProcess;
import dev.partnerprogram.workflow.agreement.PartnerRequestGuard;
import dev.partnerprogram.workflow.partner.PartnerScope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door to marketing compensation and budgets: checks who may do what, changes the domain and drives the
 * process in one transaction, and answers with views.
 */
@Service
public class CompensationWorkflow {

    /** A file as the caller sent it. */
    public record Upload(String fileName, byte[] data, CompensationDocument.Kind kind) {}

    public record LedgerLine(long id, String kind, BigDecimal amount, Long partnerId, Long compensationId, Instant at,
                             String actor, String note) {}

    private final CompensationService compensations;
    private final CompensationPreApproval preApproval;
    private final CompensationClaims claims;
    private final BudgetLedger ledger;
    private final RuntimeService runtime;
    private final PartnerRequestGuard guard;

    public CompensationWorkflow(CompensationService compensations, CompensationPreApproval preApproval, CompensationClaims claims,
                                BudgetLedger ledger, RuntimeService runtime,
                                PartnerRequestGuard guard) {
        this.compensations = compensations;
        this.preApproval = preApproval;
        this.claims = claims;
        this.ledger = ledger;
        this.runtime = runtime;
        this.guard = guard;
    }

    @Transactional
    public CompensationView submit(Caller caller, CompensationRequest request) {
        Compensation c = guard.start(caller, MarketingCompensationProcess.KEY, MarketingCompensationProcess.COMPENSATION_ID,
                MarketingCompensationProcess.PARTNER_ID, partnerId -> preApproval.submit(partnerId, request, caller.username()));
        return view(compensations.get(c.getId()));
    }

    @Transactional(readOnly = true)
    public CompensationView get(Caller caller, long id) {
        return view(visible(caller, id));
    }

    @Transactional(readOnly = true)
    public Page<CompensationView> list(Caller caller, Set<CompensationState> states, Long budgetId, Pageable pageable) {
        Page<Compensation> page = PartnerScope.page(caller, pageable, p -> compensations.listAll(states, budgetId, p),
                compensations::listForPartner);
        Map<Long, BudgetBalance> balances = ledger.compensationBalances(page.getContent().stream().map(Compensation::getId).toList());
        return page.map(c -> summary(c, balances.getOrDefault(c.getId(), BudgetBalance.ZERO)));
    }

    /** The partner cancels before the activity starts; the process ends through its cancellation event subprocess. */
    @Transactional
    public CompensationView cancel(Caller caller, long id) {
        Compensation c = owned(caller, id);
        preApproval.checkCancellable(id);
        runtime.createMessageCorrelation(MarketingCompensationProcess.MESSAGE_COMPENSATION_CANCELLED)
                .processInstanceId(c.getProcessInstanceId())
                .setVariable(MarketingCompensationProcess.CANCELLED_BY.name(), caller.username())
                .correlateWithResult();
        return view(compensations.get(id));
    }

    @Transactional
    public CompensationView.DocumentView upload(Caller caller, long id, Upload file) {
        owned(caller, id);
        return documentView(claims.upload(id, file.kind(), file.fileName(), file.data(), caller.username()));
    }

    @Transactional(readOnly = true)
    public StoredFile download(Caller caller, long id, long documentId) {
        visible(caller, id);
        return compensations.document(id, documentId);
    }

    /**
     * The claim after the activity: proof documents (stored first, all or nothing with the claim), expense lines and
     * results; then the process, which waits for it, moves on to verification. A second claim is a conflict.
     */
    @Transactional
    public CompensationView claim(Caller caller, long id, ClaimInput claim, List<Upload> uploads) {
        Compensation c = owned(caller, id);
        for (Upload file : uploads) {
            claims.upload(id, file.kind(), file.fileName(), file.data(), caller.username());
        }
        claims.submitClaim(id, claim, caller.username());
        try {
            runtime.createMessageCorrelation(MarketingCompensationProcess.MESSAGE_CLAIM_SUBMITTED)
                    .processInstanceId(c.getProcessInstanceId())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("conflict.compensation.noClaimExpected");
        }
        return view(compensations.get(id));
    }

    // ---- budgets -------------------------------------------------------------------------------------------------

    @Transactional
    public BudgetSummary createBudget(Caller caller, String region, Integer year, Integer quarter, BigDecimal amount) {
        requireManager(caller);
        MarketingBudget budget = ledger.create(region, year, quarter, amount, caller.username());
        return summary(budget, ledger.balance(budget.getId()));
    }

    /** Sets the budget's total, or a partner's cap within it when {@code partnerId} is given. */
    @Transactional
    public BudgetSummary setAllocation(Caller caller, long budgetId, Long partnerId, BigDecimal amount, String note) {
        requireManager(caller);
        var view = ledger.setAllocation(budgetId, partnerId, amount, caller.username(), note);
        return summary(view.budget(), view.balance());
    }

    @Transactional(readOnly = true)
    public Page<BudgetSummary> budgets(Caller caller, Pageable pageable) {
        requireStaff(caller);
        return ledger.list(pageable).map(v -> summary(v.budget(), v.balance()));
    }

    @Transactional(readOnly = true)
    public BudgetSummary budget(Caller caller, long budgetId) {
        requireStaff(caller);
        var view = ledger.view(budgetId);
        return summary(view.budget(), view.balance());
    }

    @Transactional(readOnly = true)
    public Page<LedgerLine> ledger(Caller caller, long budgetId, Pageable pageable) {
        requireStaff(caller);
        return ledger.entries(budgetId, pageable).map(CompensationWorkflow::ledgerLine);
    }

    /** Regions with a budget open today or later: what a partner may choose in a pre-approval. */
    @Transactional(readOnly = true)
    public List<String> openRegions() {
        return ledger.openRegions(compensations.today());
    }

    // ---- views ---------------------------------------------------------------------------------------------------

    private Compensation visible(Caller caller, long id) {
        return PartnerScope.visible(caller, compensations.get(id), Compensation::getPartnerId, "notFound.compensation");
    }

    private Compensation owned(Caller caller, long id) {
        Compensation c = visible(caller, id);
        if (!caller.ownsPartner(c.getPartnerId())) {
            throw new ForbiddenException("forbidden.compensation.notYours");
        }
        return c;
    }

    private static void requireManager(Caller caller) {
        if (!caller.has(Role.MANAGER)) {
            throw new ForbiddenException("forbidden.budget.managersOnly");
        }
    }

    private static void requireStaff(Caller caller) {
        if (!caller.isStaff()) {
            throw new ForbiddenException("forbidden.budget.staffOnly");
        }
    }

    static BudgetSummary summary(MarketingBudget b, BudgetBalance balance) {
        return new BudgetSummary(b.getId(), b.getRegion(), b.getLabel(), b.getPeriodStart(), b.getPeriodEnd(),
                balance.allocated(), balance.reserved(), balance.paid(), balance.available());
    }

    private static LedgerLine ledgerLine(LedgerEntry e) {
        return new LedgerLine(e.getId(), e.getKind().name(), e.getAmount(), e.getPartnerId(), e.getCompensationId(), e.getAt(),
                e.getActor(), e.getComment());
    }

    private CompensationView summary(Compensation c, BudgetBalance balance) {
        return build(c, balance, null, List.of(), List.of(), List.of());
    }

    CompensationView view(Compensation c) {
        List<ClaimLine> lines = compensations.lines(c.getId());
        BigDecimal claimed = lines.isEmpty() ? null : lines.stream().map(ClaimLine::getAmount).reduce(Money.ZERO, BigDecimal::add);
        var lineViews = lines.stream().map(l -> new CompensationView.Line(l.getId(), l.getLineNo(), l.getDescription(), l.getAmount(),
                l.getDecision() == null ? null : l.getDecision().name(), l.getAcceptedAmount(), l.getReason())).toList();
        var documents = compensations.documents(c.getId()).stream().map(CompensationWorkflow::documentView).toList();
        var history = compensations.history(c.getId()).stream()
                .map(h -> new CompensationView.HistoryLine(h.getAt(), h.getActor(), h.getAction().name(), h.getComment())).toList();
        return build(c, ledger.compensationBalance(c.getId()), claimed, lineViews, documents, history);
    }

    private CompensationView build(Compensation c, BudgetBalance balance, BigDecimal claimed, List<CompensationView.Line> lines,
                                   List<CompensationView.DocumentView> documents, List<CompensationView.HistoryLine> history) {
        Long daysLeft = c.getClaimDueOn() == null || c.getState().isFinal() ? null
                : ChronoUnit.DAYS.between(compensations.today(), c.getClaimDueOn());
        var amounts = new CompensationView.Amounts(c.getRequestedAmount(), balance.reserved(), claimed, c.getAcceptedExpenses(),
                c.getApprovedAmount(), balance.paid());
        return new CompensationView(c.getId(), c.getPartnerId(), c.getBudgetId(), c.getTitle(), c.getKind(), c.getRegion(),
                c.getPlannedStart(), c.getPlannedEnd(), c.getPlannedBudget(), c.getExpectedAudience(), c.getExpectedLeads(),
                c.getDescription(), c.getState(), amounts, c.isManagerApproval(), c.getFirstApprover(), c.getSecondApprover(),
                c.getDecisionReason(), c.getClaimDueOn(), daysLeft, c.getClaimSubmittedAt(), c.getResults(), c.getActualAudience(),
                c.getActualLeads(), c.getPaymentDate(), c.getPaymentDocument(), c.getSubmittedAt(), c.getUpdatedAt(), lines,
                documents, history);
    }

    static CompensationView.DocumentView documentView(CompensationDocument d) {
        return new CompensationView.DocumentView(d.getId(), d.getFileName(), d.getSizeBytes(), d.getContentType(), d.getKind().name(),
                d.getUploadedBy(), d.getUploadedAt());
    }
}
