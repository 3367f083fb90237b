package dev.partnerprogram.compensation;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.Lookup;
import dev.partnerprogram.common.Money;
import dev.partnerprogram.common.UniqueKeys;
import dev.partnerprogram.partner.PartnerRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The marketing budgets and their ledger. Every change of money appends entries while holding the budget row's
 * lock ({@code SELECT ... FOR UPDATE}), and checks the balance after taking it, so concurrent reservations against
 * one budget take turns and can never spend more than it holds.
 */
@Service
@Transactional(readOnly = true)
public class BudgetLedger {

    public record BudgetView(MarketingBudget budget, BudgetBalance balance) {}

    private final MarketingBudgetRepository budgets;
    private final Lookup<MarketingBudget> lookup;
    private final LedgerEntryRepository entries;
    private final BudgetTotals totals;
    private final PartnerRepository partners;
    private final Clock clock;

    public BudgetLedger(MarketingBudgetRepository budgets, LedgerEntryRepository entries, BudgetTotals totals,
                        PartnerRepository partners, Clock clock) {
        this.budgets = budgets;
        this.lookup = new Lookup<>(budgets, "notFound.budget");
        this.entries = entries;
        this.totals = totals;
        this.partners = partners;
        this.clock = clock;
    }

    /** A budget for a year ({@code quarter} null) or one quarter of it, with its first allocation. */
    @Transactional
    public MarketingBudget create(String region, Integer year, Integer quarter, BigDecimal amount, String actor) {
        List<FieldViolation> errors = new ArrayList<>();
        FieldChecks.require(errors, "region", region, 100);
        if (year == null || year < 2000 || year > 2100) {
            errors.add(new FieldViolation("year", "error.budget.year"));
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            errors.add(new FieldViolation("quarter", "error.budget.quarter"));
        }
        BigDecimal allocation = Money.positive(errors, "amount", amount);
        FieldChecks.throwIfAny(errors);
        LocalDate start = quarter == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        LocalDate end = quarter == null ? start.plusYears(1).minusDays(1) : start.plusMonths(3).minusDays(1);
        String trimmed = region.trim();
        if (budgets.existsOverlapping(trimmed, start, end)) {
            throw new ConflictException("conflict.budget.overlap", trimmed, start, end);
        }
        String label = quarter == null ? Integer.toString(year) : year + "-Q" + quarter;
        // Two managers creating the same budget at once both pass the check above; the key lets one of them in.
        MarketingBudget budget = UniqueKeys.refusing("uq_marketing_budget_period",
                () -> new ConflictException("conflict.budget.overlap", trimmed, start, end),
                () -> budgets.save(new MarketingBudget(trimmed, start, end, label, actor, clock.instant())));
        append(new LedgerEntry(budget.getId(), LedgerEntryKind.ALLOCATION, allocation, null, null, clock.instant(), actor,
                "initial allocation"));
        return budget;
    }

    /**
     * Sets the budget's total ({@code partnerId} null) or a partner's cap within it to {@code amount}, by appending the
     * difference. The total can never go below what is already reserved or paid.
     */
    @Transactional
    public BudgetView setAllocation(long budgetId, Long partnerId, BigDecimal amount, String actor, String note) {
        List<FieldViolation> errors = new ArrayList<>();
        BigDecimal target = Money.nonNegative(errors, "amount", amount);
        FieldChecks.maxLength(errors, "note", note, 500);
        FieldChecks.throwIfAny(errors);
        MarketingBudget budget = lock(budgetId);
        if (partnerId != null && !partners.existsById(partnerId)) {
            throw new InvalidInputException("partnerId", "error.noSuchPartner");
        }
        Optional<BudgetBalance> cap = partnerId == null ? Optional.empty() : partnerCap(budgetId, partnerId);
        // Without a cap the partner's allocation is nothing: the first one is written even at 0 (a cap of nothing).
        BudgetBalance current = partnerId == null ? balance(budgetId) : cap.orElse(BudgetBalance.ZERO);
        if (partnerId == null && target.compareTo(current.committed()) < 0) {
            throw new ConflictException("conflict.budget.belowCommitted", current.committed().toPlainString());
        }
        BigDecimal delta = target.subtract(current.allocated());
        if (delta.signum() != 0 || (partnerId != null && cap.isEmpty())) {
            append(new LedgerEntry(budget.getId(), LedgerEntryKind.ALLOCATION, delta, partnerId, null, clock.instant(), actor,
                    FieldChecks.trimToNull(note)));
        }
        return new BudgetView(budget, balance(budgetId));
    }

    /** Holds {@code amount} for a compensation; refused (409) when the budget or the partner's cap has less available. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reserve(long budgetId, long partnerId, long compensationId, BigDecimal amount, String actor) {
        MarketingBudget budget = lock(budgetId);
        BudgetBalance balance = balance(budgetId);
        if (balance.available().compareTo(amount) < 0) {
            throw new ConflictException("conflict.budget.short", budget.getRegion(), budget.getLabel(),
                    balance.available().toPlainString(), amount.toPlainString());
        }
        Optional<BudgetBalance> cap = partnerCap(budgetId, partnerId);
        if (cap.isPresent() && cap.get().available().compareTo(amount) < 0) {
            throw new ConflictException("conflict.budget.partnerShort", cap.get().available().toPlainString(),
                    amount.toPlainString());
        }
        append(new LedgerEntry(budgetId, LedgerEntryKind.RESERVATION, amount, partnerId, compensationId, clock.instant(),
                actor, null));
    }

    /** Releases whatever a compensation still holds; nothing happens when it holds nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public BigDecimal releaseRemaining(long budgetId, long partnerId, long compensationId, String actor, String note) {
        lock(budgetId);
        BigDecimal held = compensationBalance(compensationId).reserved();
        if (held.signum() > 0) {
            append(new LedgerEntry(budgetId, LedgerEntryKind.RELEASE, held, partnerId, compensationId, clock.instant(), actor, note));
        }
        return held;
    }

    /** Moves {@code amount} from reserved to paid and releases the rest of the reservation. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void pay(long budgetId, long partnerId, long compensationId, BigDecimal amount, String actor, String note) {
        lock(budgetId);
        BigDecimal held = compensationBalance(compensationId).reserved();
        if (amount.signum() <= 0 || held.compareTo(amount) < 0) {
            throw new ConflictException("conflict.budget.paymentAboveHeld", held.toPlainString(), amount.toPlainString());
        }
        append(new LedgerEntry(budgetId, LedgerEntryKind.PAYMENT, amount, partnerId, compensationId, clock.instant(), actor, note));
        BigDecimal rest = held.subtract(amount);
        if (rest.signum() > 0) {
            append(new LedgerEntry(budgetId, LedgerEntryKind.RELEASE, rest, partnerId, compensationId, clock.instant(), actor,
                    "paid less than reserved"));
        }
    }

    public BudgetBalance balance(long budgetId) {
        return totals.balances(List.of(budgetId)).getOrDefault(budgetId, BudgetBalance.ZERO);
    }

    public BudgetBalance compensationBalance(long compensationId) {
        return BudgetBalance.of(entries.totalsForCompensation(compensationId));
    }

    /** Balances of many compensations at once, for a page of a list. */
    public Map<Long, BudgetBalance> compensationBalances(Collection<Long> compensationIds) {
        if (compensationIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<LedgerEntryKind, BigDecimal>> sums = new HashMap<>();
        for (var t : entries.totalsForCompensations(compensationIds)) {
            sums.computeIfAbsent(t.getCompensationId(), id -> new java.util.EnumMap<>(LedgerEntryKind.class))
                    .merge(t.getKind(), t.getTotal(), BigDecimal::add);
        }
        Map<Long, BudgetBalance> result = new HashMap<>();
        sums.forEach((id, byKind) -> result.put(id, BudgetBalance.of(byKind)));
        return result;
    }

    /**
     * A partner's cap in a budget as a balance (allocated is the cap, available what is left of it), read once; empty
     * when no cap was ever set for the partner.
     */
    private Optional<BudgetBalance> partnerCap(long budgetId, long partnerId) {
        List<LedgerEntryRepository.KindTotal> totals = entries.totalsForPartner(budgetId, partnerId);
        return totals.stream().anyMatch(t -> t.getKind() == LedgerEntryKind.ALLOCATION)
                ? Optional.of(BudgetBalance.of(totals)) : Optional.empty();
    }

    public MarketingBudget get(long budgetId) {
        return lookup.get(budgetId);
    }

    public BudgetView view(long budgetId) {
        return new BudgetView(get(budgetId), balance(budgetId));
    }

    public Page<BudgetView> list(Pageable pageable) {
        Page<MarketingBudget> page = budgets.findAllByOrderByPeriodStartDescRegionAsc(pageable);
        Map<Long, BudgetBalance> balances = totals.balances(page.getContent().stream().map(MarketingBudget::getId).toList());
        return page.map(b -> new BudgetView(b, balances.getOrDefault(b.getId(), BudgetBalance.ZERO)));
    }

    public Page<LedgerEntry> entries(long budgetId, Pageable pageable) {
        get(budgetId);
        return entries.findByBudgetIdOrderByAtDescIdDesc(budgetId, pageable);
    }

    public List<LedgerEntry> entriesOf(long compensationId) {
        return entries.findByCompensationIdOrderByIdAsc(compensationId);
    }

    /** The one budget of the region whose period contains the day, if any. */
    public Optional<MarketingBudget> covering(String region, LocalDate day) {
        return budgets.findCovering(region, day).stream().findFirst();
    }

    /** Regions with a budget that is still open on the day: the choices a partner has. */
    public List<String> openRegions(LocalDate day) {
        return budgets.findRegionsOpenFrom(day);
    }

    /** Every entry goes in here, so that the budget's total moves with it. */
    private void append(LedgerEntry entry) {
        entries.save(entry);
        totals.add(entry);
    }

    private MarketingBudget lock(long budgetId) {
        return lookup.lock(budgetId);
    }
}
