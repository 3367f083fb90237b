package dev.partnerprogram.dashboard;

import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.dashboard.ReportTable.Column;
import dev.partnerprogram.dashboard.ReportTable.Type;
import dev.partnerprogram.request.PartnerRequestKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sales figures for managers (never from the engine's history): the deal pipeline by month and region, how long
 * handovers wait to be accepted, and whether partner requests were answered by the deadline their routing set. Summed
 * from the sales rollups (by month and by day, kept by {@link SalesRollups}), so a page load costs the months of its
 * period and the days at its ends, not the deals of the history; only the requests still open are read themselves
 * (whether one is overdue is a question of now). Months in the program's time zone.
 */
@Service
@Transactional(readOnly = true)
public class SalesDashboard {
    public static final String DEAL_PIPELINE = "deal-pipeline";
    public static final String HANDOVER_ACCEPTANCE = "handover-acceptance";
    public static final String REQUEST_SLA = "request-sla";

    /** Keys of (month, region): months in order, the regions of a month by name. */
    private static final Comparator<List<String>> MONTH_THEN_REGION =
            Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1));
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int REGISTERED = 0;
    private static final int APPROVED = 1;
    private static final int WON = 2;
    private static final int LOST = 3;
    private static final int EXPIRED = 4;
    private static final int DAYS_USED = 5;
    private static final int DAYS_GRANTED = 6;
    private static final int WITH_PROTECTION = 7;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;

    public SalesDashboard(NamedParameterJdbcTemplate jdbc, Clock clock, ProgramProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = ZoneId.of(properties.timeZone());
    }

    /**
     * Per month and the deal's region: deals registered, approved, and closed (won, lost, expired) in that month, each on
     * its own day; the conversion (won of those closed), the amount won, and of the closed deals that were protected the
     * average days of protection used and the share of the days granted.
     */
    public ReportTable dealPipeline(DashboardFilter filter) {
        Map<List<String>, long[]> counts = new TreeMap<>(MONTH_THEN_REGION);
        Map<List<String>, BigDecimal> wonAmounts = new HashMap<>();
        MapSqlParameterSource params = params(filter);
        // The deals' rows of the rollup: those with a tier (a handover's has none) and no request kind.
        String scope = rollupScope(filter, params, true) + " and f.tier <> '' and f.kind = ''";
        jdbc.query("select to_char(f.on_day, 'YYYY-MM'), f.region, sum(f.deals_registered), sum(f.deals_approved), sum(f.deals_won),"
                        + " sum(f.deals_lost), sum(f.deals_expired), sum(f.won_amount), sum(f.protection_days_used),"
                        + " sum(f.protection_days_granted), sum(f.deals_protected)" + scope
                        + " group by to_char(f.on_day, 'YYYY-MM'), f.region", params,
                rs -> {
                    List<String> key = List.of(rs.getString(1), rs.getString(2));
                    counts.put(key, new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                            rs.getLong(9), rs.getLong(10), rs.getLong(11)});
                    wonAmounts.put(key, rs.getBigDecimal(8).setScale(2));
                });
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((key, c) -> {
            long closed = c[WON] + c[LOST] + c[EXPIRED];
            List<Object> row = new ArrayList<>(List.of(key.get(0), key.get(1), c[REGISTERED], c[APPROVED], c[WON], c[LOST], c[EXPIRED]));
            row.add(share(c[WON], closed));
            row.add(wonAmounts.getOrDefault(key, BigDecimal.ZERO.setScale(2)));
            row.add(c[WITH_PROTECTION] == 0 ? null
                    : BigDecimal.valueOf(c[DAYS_USED]).divide(BigDecimal.valueOf(c[WITH_PROTECTION]), 1, RoundingMode.HALF_UP));
            row.add(share(c[DAYS_USED], c[DAYS_GRANTED]));
            rows.add(row);
        });
        return new ReportTable(DEAL_PIPELINE, List.of(Column.text("month"), Column.text("region"), Column.of("registered", Type.COUNT),
                Column.of("approved", Type.COUNT), Column.of("won", Type.COUNT), Column.of("lost", Type.COUNT),
                Column.of("dealsExpired", Type.COUNT), Column.of("conversionPercent", Type.PERCENT), Column.of("wonAmount", Type.MONEY),
                Column.of("protectionDaysUsed", Type.NUMBER), Column.of("protectionUsedPercent", Type.PERCENT)), rows);
    }

    /**
     * Per month of the offer (the handover's creation, in the customer's region when filtered): handovers offered, how
     * many were accepted, went unassigned or are still offered, the average days from the offer to the acceptance, and
     * the average turn (1 = the first partner asked) at which it was accepted.
     */
    public ReportTable handoverAcceptance(DashboardFilter filter) {
        MapSqlParameterSource params = params(filter);
        Map<String, long[]> byMonth = new TreeMap<>();
        Map<String, Double> secondsToAccept = new TreeMap<>();
        // The handovers' rows of the rollup: those without a tier.
        jdbc.query("select to_char(f.on_day, 'YYYY-MM'), sum(f.handovers_offered), sum(f.handovers_accepted), sum(f.handovers_unassigned),"
                        + " sum(f.acceptance_seconds), sum(f.acceptance_turns)" + rollupScope(filter, params, false)
                        + " and f.tier = '' group by to_char(f.on_day, 'YYYY-MM')", params,
                rs -> {
                    long offered = rs.getLong(2);
                    long accepted = rs.getLong(3);
                    long unassigned = rs.getLong(4);
                    byMonth.put(rs.getString(1), new long[] {offered, accepted, unassigned, offered - accepted - unassigned, rs.getLong(6)});
                    secondsToAccept.put(rs.getString(1), rs.getDouble(5));
                });
        List<List<Object>> rows = new ArrayList<>();
        byMonth.forEach((month, c) -> {
            List<Object> row = new ArrayList<>(List.of(month, c[0], c[1], c[2], c[3]));
            row.add(c[1] == 0 ? null : BigDecimal.valueOf(secondsToAccept.get(month) / 86_400 / c[1]).setScale(1, RoundingMode.HALF_UP));
            row.add(c[1] == 0 ? null : BigDecimal.valueOf(c[4]).divide(BigDecimal.valueOf(c[1]), 1, RoundingMode.HALF_UP));
            rows.add(row);
        });
        return new ReportTable(HANDOVER_ACCEPTANCE, List.of(Column.text("month"), Column.of("offered", Type.COUNT),
                Column.of("accepted", Type.COUNT), Column.of("unassigned", Type.COUNT), Column.of("offeredNow", Type.COUNT),
                Column.of("daysToAccept", Type.NUMBER), Column.of("acceptedAtTurn", Type.NUMBER)), rows);
    }

    /**
     * Per kind, the partner requests received in the period (of the region's and tier's partners when filtered): answered
     * by the deadline the routing set, answered late, open within it, open past it now, and the share answered in time
     * of those answered. A request without a deadline counts as in time.
     */
    public ReportTable requestSla(DashboardFilter filter) {
        MapSqlParameterSource params = params(filter).addValue("now", Timestamp.from(clock.instant()));
        Map<String, long[]> byKind = new TreeMap<>();
        jdbc.query("select f.kind, sum(f.requests_in_time), sum(f.requests_late)" + rollupScope(filter, params, true) + " and f.kind <> '' group by f.kind", params,
                rs -> {
                    long[] c = byKind.computeIfAbsent(rs.getString(1), k -> new long[4]);
                    c[0] = rs.getLong(2);
                    c[1] = rs.getLong(3);
                });
        // The open ones from the requests themselves: whether one is overdue depends on now, which no rollup can know
        // in advance. On PostgreSQL a range of the partial index of the open ones (V91), read from the index alone.
        String where = ProgramDashboard.partnerWhere("p", filter, params);
        jdbc.query("select r.kind, count(*) filter (where r.due_at is null or r.due_at >= :now), count(*) filter (where r.due_at < :now)"
                        + " from partner_request r join partner_company p on p.id = r.partner_id"
                        + where + (where.isEmpty() ? " where" : " and") + " r.state = 'OPEN' and r.created_at >= :fromTs"
                        + " and r.created_at < :toTs group by r.kind", params,
                rs -> {
                    long[] c = byKind.computeIfAbsent(rs.getString(1), k -> new long[4]);
                    c[2] = rs.getLong(2);
                    c[3] = rs.getLong(3);
                });
        List<List<Object>> rows = new ArrayList<>();
        for (PartnerRequestKind kind : PartnerRequestKind.values()) {
            long[] c = byKind.getOrDefault(kind.name(), new long[4]);
            // share() is null where nothing was answered yet, which List.of would refuse
            rows.add(Arrays.asList(kind.name(), c[0] + c[1] + c[2] + c[3], c[0], c[1], c[2], c[3], share(c[0], c[0] + c[1])));
        }
        return new ReportTable(REQUEST_SLA, List.of(Column.code("kind", "request.kind"), Column.of("received", Type.COUNT),
                Column.of("answeredInTime", Type.COUNT), Column.of("answeredLate", Type.COUNT), Column.of("openInTime", Type.COUNT),
                Column.of("openOverdue", Type.COUNT), Column.of("inTimePercent", Type.PERCENT)), rows);
    }

    /**
     * The period, and its whole months as a range of months' first days (monthsFrom inclusive, monthsTo exclusive; both
     * the day after the period when it holds no whole month).
     */
    private MapSqlParameterSource params(DashboardFilter filter) {
        LocalDate firstWholeMonth = filter.from().getDayOfMonth() == 1 ? filter.from() : filter.from().withDayOfMonth(1).plusMonths(1);
        LocalDate afterWholeMonths = filter.to().plusDays(1).withDayOfMonth(1);
        boolean wholeMonths = firstWholeMonth.isBefore(afterWholeMonths);
        return new MapSqlParameterSource("from", filter.from()).addValue("to", filter.to())
                .addValue("monthsFrom", wholeMonths ? firstWholeMonth : filter.to().plusDays(1))
                .addValue("monthsTo", wholeMonths ? afterWholeMonths : filter.to().plusDays(1))
                .addValue("fromTs", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()))
                .addValue("toTs", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
    }

    /**
     * The rollups' rows of the period as {@code f}, and of the region and (when {@code byTier}) the tier of the filter:
     * its whole months from the months' rollup, only the days before and after them from the days', so a year reads at
     * most twelve months' rows and two months' days, however many deals a day saw.
     */
    private static String rollupScope(DashboardFilter filter, MapSqlParameterSource params, boolean byTier) {
        String keysAndSums = SalesRollups.columns("on_day").stream().skip(1).map(c -> ", " + c).collect(Collectors.joining());
        StringBuilder where = new StringBuilder(" from (select on_day" + keysAndSums + " from sales_day_figure"
                + " where on_day >= :from and on_day < :monthsFrom or on_day >= :monthsTo and on_day <= :to"
                + " union all select on_month" + keysAndSums + " from sales_month_figure where on_month >= :monthsFrom"
                + " and on_month < :monthsTo) f where f.on_day >= :from and f.on_day <= :to");
        if (filter.region() != null) {
            where.append(" and f.region = :region");
            params.addValue("region", filter.region());
        }
        if (byTier && filter.tier() != null) {
            where.append(" and f.tier = :tier");
            params.addValue("tier", filter.tier().name());
        }
        return where.toString();
    }

    /** part of whole in percent with one decimal; null (shown empty) when there is no whole. */
    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
