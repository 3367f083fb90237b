package dev.partnerprogram.compensation;

import dev.partnerprogram.common.Money;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Money of a budget (or of one compensation, or one partner's share) as sums over its ledger entries:
 * reserved is what reservations still hold (reserved − released − paid), available what is neither reserved nor paid.
 */
public record BudgetBalance(BigDecimal allocated, BigDecimal reserved, BigDecimal paid, BigDecimal available) {

    public static final BudgetBalance ZERO = of(new EnumMap<>(LedgerEntryKind.class));

    static BudgetBalance of(List<LedgerEntryRepository.KindTotal> totals) {
        Map<LedgerEntryKind, BigDecimal> sums = new EnumMap<>(LedgerEntryKind.class);
        totals.forEach(t -> sums.merge(t.getKind(), t.getTotal() == null ? Money.ZERO : t.getTotal(), BigDecimal::add));
        return of(sums);
    }

    public static BudgetBalance of(Map<LedgerEntryKind, BigDecimal> totals) {
        Map<LedgerEntryKind, BigDecimal> sums = new EnumMap<>(LedgerEntryKind.class);
        sums.putAll(totals);
        for (LedgerEntryKind kind : LedgerEntryKind.values()) {
            sums.putIfAbsent(kind, Money.ZERO);
        }
        BigDecimal allocated = Money.scale(sums.get(LedgerEntryKind.ALLOCATION));
        BigDecimal reservations = sums.get(LedgerEntryKind.RESERVATION);
        BigDecimal releases = sums.get(LedgerEntryKind.RELEASE);
        BigDecimal paid = Money.scale(sums.get(LedgerEntryKind.PAYMENT));
        BigDecimal reserved = Money.scale(reservations.subtract(releases).subtract(paid));
        BigDecimal available = Money.scale(allocated.subtract(reserved).subtract(paid));
        return new BudgetBalance(allocated, reserved, paid, available);
    }

    /** What is committed (reserved or paid): an allocation can never go below it. */
    public BigDecimal committed() {
        return reserved.add(paid);
    }
}
