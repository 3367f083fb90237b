package dev.partnerprogram.dashboard;

import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.dashboard.ReportTable.Column;
import dev.partnerprogram.dashboard.ReportTable.Type;
import dev.partnerprogram.request.PartnerRequestKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sales figures for managers, from the deals, handovers and partner requests themselves (never the engine's
 * history): the deal pipeline by month and region, how long handovers wait to be accepted, and whether partner requests
 * were answered by the deadline their routing set. Grouped by the database; months in the program's time zone.
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
        String scope = dealScope(filter, params);
        // The month is named in a subquery and grouped by its name: H2 (the tests' in-memory database) groups neither by
        // position nor by an expression holding a parameter.
        jdbc.query("select x.m, x.region, count(*) from (select to_char(d.registered_at at time zone :zone, 'YYYY-MM') m,"
                        + " d.region from deal d" + scope + " and d.registered_at >= :fromTs and d.registered_at < :toTs) x"
                        + " group by x.m, x.region", params,
                rs -> {
                    counts.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new long[8])[REGISTERED] += rs.getLong(3);
                });
        jdbc.query("select to_char(d.approved_on, 'YYYY-MM'), d.region, count(*) from deal d"
                        + scope + " and d.approved_on >= :from and d.approved_on <= :to"
                        + " group by to_char(d.approved_on, 'YYYY-MM'), d.region", params,
                rs -> {
                    counts.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new long[8])[APPROVED] += rs.getLong(3);
                });
        // Days used: from the approval to the close, at most to the protection's last day (an expiry closes the day after).
        // The casts make a difference of dates a number of days in H2 too (the tests' in-memory database), as in PostgreSQL.
        jdbc.query("select to_char(d.closed_on, 'YYYY-MM'), d.region, d.state, count(*), sum(d.won_amount),"
                        + " sum(greatest(0, cast(least(d.closed_on, d.protected_until) - d.approved_on as integer))),"
                        + " sum(cast(d.protected_until - d.approved_on as integer)), count(d.approved_on) from deal d"
                        + scope + " and d.closed_on >= :from and d.closed_on <= :to and d.state in ('WON', 'LOST', 'EXPIRED')"
                        + " group by to_char(d.closed_on, 'YYYY-MM'), d.region, d.state", params,
                rs -> {
                    List<String> key = List.of(rs.getString(1), rs.getString(2));
                    long[] c = counts.computeIfAbsent(key, k -> new long[8]);
                    c[switch (rs.getString(3)) {
                        case "WON" -> WON;
                        case "LOST" -> LOST;
                        default -> EXPIRED;
                    }] += rs.getLong(4);
                    c[DAYS_USED] += rs.getLong(6);
                    c[DAYS_GRANTED] += rs.getLong(7);
                    c[WITH_PROTECTION] += rs.getLong(8);
                    if (rs.getBigDecimal(5) != null) {
                        wonAmounts.merge(key, rs.getBigDecimal(5), BigDecimal::add);
                    }
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
        String region = "";
        if (filter.region() != null) {
            region = " and h.region = :region";
            params.addValue("region", filter.region());
        }
        Map<String, long[]> byMonth = new TreeMap<>();
        Map<String, Double> secondsToAccept = new TreeMap<>();
        jdbc.query("select x.m, x.state, count(*), sum(x.wait_seconds), sum(x.turn_taken) from (select to_char(h.created_at at time zone"
                        + " :zone, 'YYYY-MM') m, h.state, extract(epoch from o.answered_at - h.created_at) wait_seconds, o.position + 1 turn_taken"
                        + " from handover h left join handover_offer o on o.handover_id = h.id and o.state = 'ACCEPTED'"
                        + " where h.created_at >= :fromTs and h.created_at < :toTs" + region + ") x group by x.m, x.state", params,
                rs -> {
                    long[] c = byMonth.computeIfAbsent(rs.getString(1), m -> new long[5]);
                    c[0] += rs.getLong(3);
                    switch (rs.getString(2)) {
                        case "ACCEPTED" -> {
                            c[1] += rs.getLong(3);
                            c[4] += rs.getLong(5);
                            secondsToAccept.merge(rs.getString(1), rs.getDouble(4), Double::sum);
                        }
                        case "UNASSIGNED" -> c[2] += rs.getLong(3);
                        default -> c[3] += rs.getLong(3);
                    }
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
        String where = ProgramDashboard.partnerWhere("p", filter, params);
        Map<String, long[]> byKind = new TreeMap<>();
        jdbc.query("select r.kind, count(*) filter (where r.state <> 'OPEN' and (r.due_at is null or r.answered_at <= r.due_at)),"
                        + " count(*) filter (where r.state <> 'OPEN' and r.answered_at > r.due_at),"
                        + " count(*) filter (where r.state = 'OPEN' and (r.due_at is null or r.due_at >= :now)),"
                        + " count(*) filter (where r.state = 'OPEN' and r.due_at < :now)"
                        + " from partner_request r join partner_company p on p.id = r.partner_id"
                        + where + (where.isEmpty() ? " where" : " and") + " r.created_at >= :fromTs and r.created_at < :toTs"
                        + " group by r.kind", params,
                rs -> {
                    byKind.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
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

    private MapSqlParameterSource params(DashboardFilter filter) {
        return new MapSqlParameterSource("zone", zone.getId()).addValue("from", filter.from()).addValue("to", filter.to())
                .addValue("fromTs", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()))
                .addValue("toTs", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
    }

    /** Deals of the region (the customer's) and of partners of the tier; the partner is joined only for the tier. */
    private static String dealScope(DashboardFilter filter, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder();
        if (filter.tier() != null) {
            where.append(" join partner_company p on p.id = d.partner_id and p.status = :tier");
            params.addValue("tier", filter.tier().name());
        }
        where.append(" where true");
        if (filter.region() != null) {
            where.append(" and d.region = :region");
            params.addValue("region", filter.region());
        }
        return where.toString();
    }

    /** part of whole in percent with one decimal; null (shown empty) when there is no whole. */
    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
