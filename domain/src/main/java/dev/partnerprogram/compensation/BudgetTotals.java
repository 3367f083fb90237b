package dev.partnerprogram.compensation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The budgets' balances per kind of ledger entry, kept as {@link BudgetLedger} appends entries (V87): reading a
 * balance costs a few rows however long the ledger has grown. Only {@link BudgetLedger} writes them, always holding
 * the budget row's lock, so adding to a total needs no lock of its own. A partner's cap is not part of the budget's
 * balance ({@link #counts}).
 */
@Component
public class BudgetTotals {

    /** Sums the whole ledger again: for rows written past {@link BudgetLedger} (the benchmark's generator, a repair). */
    public static final List<String> REBUILD = List.of(
            "delete from budget_total",
            "insert into budget_total (budget_id, kind, total) select budget_id, kind, sum(amount) from budget_ledger_entry"
                    + " where kind <> 'ALLOCATION' or partner_id is null group by budget_id, kind");

    private final NamedParameterJdbcTemplate jdbc;

    public BudgetTotals(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether an entry is part of its budget's balance: all are but a partner's cap, which only limits that partner. */
    static boolean counts(LedgerEntry entry) {
        return entry.getKind() != LedgerEntryKind.ALLOCATION || entry.getPartnerId() == null;
    }

    void add(LedgerEntry entry) {
        if (!counts(entry)) {
            return;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("budget", entry.getBudgetId())
                .addValue("kind", entry.getKind().name()).addValue("amount", entry.getAmount());
        if (jdbc.update("update budget_total set total = total + :amount where budget_id = :budget and kind = :kind", params) == 0) {
            jdbc.update("insert into budget_total (budget_id, kind, total) values (:budget, :kind, :amount)", params);
        }
    }

    /** The balances of the budgets that have entries; a budget without any is absent. */
    public Map<Long, BudgetBalance> balances(Collection<Long> budgetIds) {
        if (budgetIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<LedgerEntryKind, BigDecimal>> sums = new HashMap<>();
        jdbc.query("select budget_id, kind, total from budget_total where budget_id in (:budgets)",
                new MapSqlParameterSource("budgets", budgetIds), rs -> {
                    sums.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(LedgerEntryKind.class))
                            .put(LedgerEntryKind.valueOf(rs.getString(2)), rs.getBigDecimal(3));
                });
        Map<Long, BudgetBalance> result = new HashMap<>();
        sums.forEach((id, byKind) -> result.put(id, BudgetBalance.of(byKind)));
        return result;
    }
}
