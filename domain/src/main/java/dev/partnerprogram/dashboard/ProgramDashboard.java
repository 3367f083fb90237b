package dev.partnerprogram.dashboard;

import dev.partnerprogram.compensation.BudgetBalance;
import dev.partnerprogram.compensation.LedgerEntryKind;
import dev.partnerprogram.dashboard.ReportTable.Column;
import dev.partnerprogram.dashboard.ReportTable.Type;
import dev.partnerprogram.partner.DesignationKind;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.partner.Regions;
import dev.partnerprogram.partner.QuotaKind;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program's figures for managers, from our own tables: partners by tier, region and designation, moves between
 * tiers, marketing budgets, free training seats and what expires soon. Every figure is aggregated by the database;
 * filter values are bound parameters, and the SQL around them is fixed text.
 */
@Service
@Transactional(readOnly = true)
public class ProgramDashboard {
    public static final String PARTNERS_BY_REGION = "partners-by-region";
    public static final String PARTNERS_BY_TIER = "partners-by-tier";
    public static final String TIER_MOVES = "tier-moves";
    public static final String BUDGETS = "budgets";
    public static final String TRAINING_SEATS = "training-seats";
    public static final String EXPIRING = "expiring";
    public static final String AGREEMENT_MOVES = "agreement-moves";
    static final int EXPIRING_LIMIT = 500;

    private static final List<PartnerStatus> STATUSES = Arrays.asList(PartnerStatus.values());

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final Regions regions;

    public ProgramDashboard(NamedParameterJdbcTemplate jdbc, Clock clock, dev.partnerprogram.common.ProgramProperties properties,
                            Regions regions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = ZoneId.of(properties.timeZone());
        this.regions = regions;
    }

    /** Partners per region and tier (today's standing; the period does not apply). */
    public ReportTable partnersByRegion(DashboardFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = partnerWhere("p", filter, params);
        Map<String, Map<PartnerStatus, Long>> counts = new TreeMap<>();
        jdbc.query("select p.region, p.status, count(*) from partner_company p" + where + " group by p.region, p.status", params,
                rs -> {
                    counts.computeIfAbsent(rs.getString(1), r -> new EnumMap<>(PartnerStatus.class))
                            .put(PartnerStatus.valueOf(rs.getString(2)), rs.getLong(3));
                });
        List<Column> columns = new ArrayList<>(List.of(Column.text("region")));
        STATUSES.forEach(s -> columns.add(Column.of(s.name(), Type.COUNT)));
        columns.add(Column.of("total", Type.COUNT));
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((region, byStatus) -> {
            List<Object> row = new ArrayList<>(List.of(region));
            STATUSES.forEach(s -> row.add(byStatus.getOrDefault(s, 0L)));
            row.add(byStatus.values().stream().mapToLong(Long::longValue).sum());
            rows.add(row);
        });
        rows.sort((a, b) -> Long.compare((Long) b.get(b.size() - 1), (Long) a.get(a.size() - 1)));
        return new ReportTable(PARTNERS_BY_REGION, columns, rows);
    }

    /** Partners per tier, and how many of them hold each extra designation now. */
    public ReportTable partnersByTier(DashboardFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = partnerWhere("p", filter, params);
        Map<PartnerStatus, Long> partners = new EnumMap<>(PartnerStatus.class);
        jdbc.query("select p.status, count(*) from partner_company p" + where + " group by p.status", params,
                rs -> {
                    partners.put(PartnerStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        Map<PartnerStatus, Map<DesignationKind, Long>> designations = new EnumMap<>(PartnerStatus.class);
        jdbc.query("select p.status, d.kind, count(*) from partner_designation d join partner_company p on p.id = d.partner_id"
                        + where + (where.isEmpty() ? " where" : " and") + " d.state = 'ACTIVE' group by p.status, d.kind", params,
                rs -> {
                    designations.computeIfAbsent(PartnerStatus.valueOf(rs.getString(1)), s -> new EnumMap<>(DesignationKind.class))
                            .put(DesignationKind.valueOf(rs.getString(2)), rs.getLong(3));
                });
        List<Column> columns = new ArrayList<>(List.of(Column.code("tier", "partner.status"), Column.of("partners", Type.COUNT)));
        Arrays.stream(DesignationKind.values()).forEach(k -> columns.add(Column.of(k.name(), Type.COUNT)));
        List<List<Object>> rows = new ArrayList<>();
        for (PartnerStatus status : STATUSES) {
            if (filter.tier() != null && filter.tier() != status) {
                continue;
            }
            List<Object> row = new ArrayList<>(List.of(status.name(), partners.getOrDefault(status, 0L)));
            Arrays.stream(DesignationKind.values())
                    .forEach(k -> row.add(designations.getOrDefault(status, Map.of()).getOrDefault(k, 0L)));
            rows.add(row);
        }
        return new ReportTable(PARTNERS_BY_TIER, columns, rows);
    }

    /** Moves between statuses per month of the period (from the status history). */
    public ReportTable tierMoves(DashboardFilter filter) {
        MapSqlParameterSource params = period(filter);
        StringBuilder sql = new StringBuilder("select extract(year from h.at) as y, extract(month from h.at) as m, h.from_status,"
                + " h.to_status, count(*) from status_history h join partner_company p on p.id = h.partner_id"
                + " where h.at >= :fromTs and h.at < :toTs");
        if (filter.region() != null) {
            sql.append(" and p.region = :region");
            params.addValue("region", filter.region());
        }
        if (filter.tier() != null) {
            sql.append(" and (h.from_status = :tier or h.to_status = :tier)");
            params.addValue("tier", filter.tier().name());
        }
        sql.append(" group by extract(year from h.at), extract(month from h.at), h.from_status, h.to_status"
                + " order by 1, 2, 3, 4");
        List<List<Object>> rows = new ArrayList<>();
        jdbc.query(sql.toString(), params, rs -> {
            rows.add(List.of(String.format("%04d-%02d", rs.getInt(1), rs.getInt(2)), rs.getString(3), rs.getString(4), rs.getLong(5)));
        });
        return new ReportTable(TIER_MOVES, List.of(Column.text("month"), Column.code("from", "partner.status"),
                Column.code("to", "partner.status"), Column.of("moves", Type.COUNT)), rows);
    }

    /**
     * Per month of the period, from the agreements' trails: renewals confirmed, suspensions, reinstatements by a late
     * renewal, and terminations (lapsed or by the vendor).
     */
    public ReportTable agreementMoves(DashboardFilter filter) {
        MapSqlParameterSource params = period(filter);
        String where = partnerWhere("p", filter, params);
        params.addValue("actions", List.of("RENEWAL_CONFIRMED", "SUSPENDED", "REINSTATED", "TERMINATED"));
        Map<String, long[]> byMonth = new TreeMap<>();
        jdbc.query("select extract(year from e.at), extract(month from e.at), e.action, count(*) from agreement_event e"
                        + " join partner_agreement a on a.id = e.agreement_id join partner_company p on p.id = a.partner_id"
                        + where + (where.isEmpty() ? " where" : " and") + " e.at >= :fromTs and e.at < :toTs and e.action in (:actions)"
                        + " group by extract(year from e.at), extract(month from e.at), e.action", params,
                rs -> {
                    long[] counts = byMonth.computeIfAbsent(String.format("%04d-%02d", rs.getInt(1), rs.getInt(2)), m -> new long[4]);
                    counts[switch (rs.getString(3)) {
                        case "RENEWAL_CONFIRMED" -> 0;
                        case "SUSPENDED" -> 1;
                        case "REINSTATED" -> 2;
                        default -> 3;
                    }] += rs.getLong(4);
                });
        List<List<Object>> rows = new ArrayList<>();
        byMonth.forEach((month, c) -> rows.add(List.of(month, c[0], c[1], c[2], c[3])));
        return new ReportTable(AGREEMENT_MOVES, List.of(Column.text("month"), Column.of("renewals", Type.COUNT),
                Column.of("suspensions", Type.COUNT), Column.of("reinstatements", Type.COUNT),
                Column.of("terminations", Type.COUNT)), rows);
    }

    /**
     * Marketing budgets of the regions whose budget periods overlap the period: the budgets' kept totals (V87), so the
     * cost follows the number of budgets, not of ledger entries; partners' caps are not part of a budget's allocation.
     */
    public ReportTable budgets(DashboardFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource("from", filter.from()).addValue("to", filter.to());
        String sql = "select b.region, t.kind, sum(t.total) from budget_total t join marketing_budget b on b.id = t.budget_id"
                + " where b.period_start <= :to and b.period_end >= :from";
        if (filter.region() != null) {
            sql += " and b.region = :region";
            params.addValue("region", filter.region());
        }
        Map<String, Map<LedgerEntryKind, BigDecimal>> sums = new TreeMap<>();
        jdbc.query(sql + " group by b.region, t.kind", params, rs -> {
            sums.computeIfAbsent(rs.getString(1), r -> new EnumMap<>(LedgerEntryKind.class))
                    .put(LedgerEntryKind.valueOf(rs.getString(2)), rs.getBigDecimal(3));
        });
        List<List<Object>> rows = new ArrayList<>();
        sums.forEach((region, byKind) -> {
            BudgetBalance balance = BudgetBalance.of(byKind);
            rows.add(List.of(region, balance.allocated(), balance.reserved(), balance.paid(), balance.available()));
        });
        return new ReportTable(BUDGETS, List.of(Column.text("region"), Column.of("allocated", Type.MONEY),
                Column.of("reserved", Type.MONEY), Column.of("paid", Type.MONEY), Column.of("available", Type.MONEY)), rows);
    }

    /** Free training seats of the partner years running at the period's end, by tier: granted, used, expired, left. */
    public ReportTable trainingSeats(DashboardFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = partnerWhere("p", filter, params);
        LocalDate day = filter.to().isAfter(today()) ? today() : filter.to();
        params.addValue("kind", QuotaKind.FREE_TRAINING_SEATS.name()).addValue("day", day);
        Map<String, long[]> byTier = new LinkedHashMap<>();
        jdbc.query("select p.status, count(*), sum(q.granted), sum(q.used), sum(q.expired) from benefit_quota q"
                        + " join partner_company p on p.id = q.partner_id" + where + (where.isEmpty() ? " where" : " and")
                        + " q.kind = :kind and q.period_start <= :day and q.period_end >= :day group by p.status", params,
                rs -> {
                    byTier.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                });
        List<List<Object>> rows = new ArrayList<>();
        for (PartnerStatus status : STATUSES) {
            long[] v = byTier.get(status.name());
            if (v != null) {
                rows.add(List.of(status.name(), v[0], v[1], v[2], v[3], v[1] - v[2] - v[3]));
            }
        }
        return new ReportTable(TRAINING_SEATS, List.of(Column.code("tier", "partner.status"), Column.of("partners", Type.COUNT),
                Column.of("granted", Type.COUNT), Column.of("used", Type.COUNT), Column.of("expired", Type.COUNT),
                Column.of("left", Type.COUNT)), rows);
    }

    /** Specialists' certificates and partners' designations that run out within the given number of days from today. */
    public ReportTable expiring(DashboardFilter filter, int withinDays) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = partnerWhere("p", filter, params);
        String and = where.isEmpty() ? " where" : " and";
        params.addValue("today", today()).addValue("until", today().plusDays(withinDays)).addValue("limit", EXPIRING_LIMIT);
        List<List<Object>> rows = new ArrayList<>();
        jdbc.query("select c.valid_until, 'CERTIFICATE', c.track, s.name, c.number, p.company_name, p.region"
                        + " from specialist_certificate c join specialist s on s.id = c.specialist_id"
                        + " join partner_company p on p.id = c.partner_id" + where + and
                        + " c.state = 'VALID' and c.valid_until >= :today and c.valid_until <= :until"
                        + " order by c.valid_until, c.id fetch first :limit rows only", params,
                rs -> {
                    rows.add(List.of(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)));
                });
        jdbc.query("select d.valid_until, 'DESIGNATION', d.kind, p.company_name, p.region from partner_designation d"
                        + " join partner_company p on p.id = d.partner_id" + where + and
                        + " d.state = 'ACTIVE' and d.valid_until >= :today and d.valid_until <= :until"
                        + " order by d.valid_until, d.id fetch first :limit rows only", params,
                rs -> {
                    rows.add(List.of(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3), rs.getString(4), "",
                            rs.getString(4), rs.getString(5)));
                });
        rows.sort((a, b) -> ((LocalDate) a.get(0)).compareTo((LocalDate) b.get(0)));
        return new ReportTable(EXPIRING, List.of(Column.of("validUntil", Type.DATE), Column.code("what", "expiring"),
                Column.code("kind", "expiring.kind"), Column.text("holder"), Column.text("number"), Column.text("partner"),
                Column.text("region")), rows.size() > EXPIRING_LIMIT ? rows.subList(0, EXPIRING_LIMIT) : rows);
    }

    /** The reference list of regions, for the filter's choices. */
    public List<String> regions() {
        return regions.names();
    }

    /** Partners of the filter's region and tier, as a where clause (empty without either). */
    static String partnerWhere(String alias, DashboardFilter filter, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (filter.region() != null) {
            conditions.add(alias + ".region = :region");
            params.addValue("region", filter.region());
        }
        if (filter.tier() != null) {
            conditions.add(alias + ".status = :tier");
            params.addValue("tier", filter.tier().name());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The period as instants: from the start of its first day to the start of the day after its last, in the program's zone. */
    private MapSqlParameterSource period(DashboardFilter filter) {
        return new MapSqlParameterSource("fromTs", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()))
                .addValue("toTs", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
