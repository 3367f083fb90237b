package dev.partnerprogram.dashboard;

import dev.partnerprogram.common.DatabaseKind;
import dev.partnerprogram.common.ProgramProperties;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Adds the sales events to the sales dashboard's rollup ({@code sales_day_figure}, V88; ADR 0007) in the transaction of
 * the event: one upsert a event, which reads the partner's region and tier in the same statement. The upserts of a
 * transaction are run just before it commits, so a rollup row — shared by every deal of its day, region and tier — is
 * locked only for the commit, not for the rest of the command. {@link #REBUILD_DAY} computes the same rows from the
 * deals, handovers and requests themselves: the two must agree.
 */
@Service
public class SalesRollups {

    /** The summed columns of {@code sales_day_figure}, in the table's order. */
    enum Measure {
        DEALS_REGISTERED, DEALS_APPROVED, DEALS_WON, DEALS_LOST, DEALS_EXPIRED, WON_AMOUNT, DEALS_PROTECTED,
        PROTECTION_DAYS_USED, PROTECTION_DAYS_GRANTED, HANDOVERS_OFFERED, HANDOVERS_ACCEPTED, HANDOVERS_UNASSIGNED,
        ACCEPTANCE_SECONDS, ACCEPTANCE_TURNS, REQUESTS_IN_TIME, REQUESTS_LATE;

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }

        String type() {
            return switch (this) {
                case WON_AMOUNT -> "numeric(18, 2)";
                case ACCEPTANCE_SECONDS -> "numeric(24, 6)";
                default -> "bigint";
            };
        }
    }

    private static final List<String> KEYS = List.of("on_day", "region", "tier", "kind");
    private static final String DEAL_PARTNER = " join partner_company p on p.id = d.partner_id";
    private static final String CLOSED = "d.state in ('WON', 'LOST', 'EXPIRED')";

    /**
     * One day's rows again, from the rows of the deals, handovers and requests of that day: what {@link RollupRebuild}
     * runs for each day of its range. Parameters: the day, and its bounds as instants (from, inclusive, to, exclusive).
     */
    public static final List<String> REBUILD_DAY = List.of(
            "delete from sales_day_figure where on_day = cast(:day as date)",
            "insert into sales_day_figure (" + String.join(", ", columns()) + ") select cast(:day as date), x.region, x.tier, x.kind, "
                    + Stream.of(Measure.values()).map(m -> "sum(x." + m.column() + ")").collect(Collectors.joining(", "))
                    + " from (" + String.join(" union all ",
                    part("d.region", "p.status", "''", Map.of(Measure.DEALS_REGISTERED, "1"),
                            " from deal d" + DEAL_PARTNER + " where d.registered_at >= :from and d.registered_at < :to"),
                    part("d.region", "p.status", "''", Map.of(Measure.DEALS_APPROVED, "1"),
                            " from deal d" + DEAL_PARTNER + " where d.approved_on = cast(:day as date)"),
                    // Days used: from the approval to the close, at most to the protection's last day (an expiry closes
                    // the day after). The casts make a difference of dates a number of days in H2 too, as in PostgreSQL.
                    part("d.region", "p.status", "''", Map.of(
                                    Measure.DEALS_WON, "case when d.state = 'WON' then 1 else 0 end",
                                    Measure.DEALS_LOST, "case when d.state = 'LOST' then 1 else 0 end",
                                    Measure.DEALS_EXPIRED, "case when d.state = 'EXPIRED' then 1 else 0 end",
                                    Measure.WON_AMOUNT, "coalesce(d.won_amount, 0)",
                                    Measure.DEALS_PROTECTED, "case when d.approved_on is null then 0 else 1 end",
                                    Measure.PROTECTION_DAYS_USED,
                                    "coalesce(greatest(0, cast(least(d.closed_on, d.protected_until) - d.approved_on as integer)), 0)",
                                    Measure.PROTECTION_DAYS_GRANTED, "coalesce(cast(d.protected_until - d.approved_on as integer), 0)"),
                            " from deal d" + DEAL_PARTNER + " where d.closed_on = cast(:day as date) and " + CLOSED),
                    part("coalesce(h.region, '')", "''", "''", Map.of(
                                    Measure.HANDOVERS_OFFERED, "1",
                                    Measure.HANDOVERS_ACCEPTED, "case when h.state = 'ACCEPTED' then 1 else 0 end",
                                    Measure.HANDOVERS_UNASSIGNED, "case when h.state = 'UNASSIGNED' then 1 else 0 end",
                                    Measure.ACCEPTANCE_SECONDS,
                                    "case when h.state = 'ACCEPTED' then coalesce(extract(epoch from o.answered_at - h.created_at), 0) else 0 end",
                                    Measure.ACCEPTANCE_TURNS, "case when h.state = 'ACCEPTED' then coalesce(o.position + 1, 0) else 0 end"),
                            " from handover h left join handover_offer o on o.handover_id = h.id and o.state = 'ACCEPTED'"
                                    + " where h.created_at >= :from and h.created_at < :to"),
                    part("coalesce(p.region, '')", "p.status", "r.kind", Map.of(
                                    Measure.REQUESTS_IN_TIME, "case when r.due_at is null or r.answered_at <= r.due_at then 1 else 0 end",
                                    Measure.REQUESTS_LATE, "case when r.answered_at > r.due_at then 1 else 0 end"),
                            " from partner_request r join partner_company p on p.id = r.partner_id"
                                    + " where r.created_at >= :from and r.created_at < :to and r.state <> 'OPEN'"))
                    + ") x group by x.region, x.tier, x.kind");

    private final JdbcTemplate jdbc;
    private final ZoneId zone;
    private final DatabaseKind database;

    public SalesRollups(JdbcTemplate jdbc, DatabaseKind database, ProgramProperties properties) {
        this.jdbc = jdbc;
        this.database = database;
        this.zone = ZoneId.of(properties.timeZone());
    }

    /** A deal registered at {@code at}, by the partner (of its tier now), for a customer in {@code region}. */
    public void dealRegistered(long partnerId, String region, Instant at) {
        add(day(at), partnerId, region, "", Map.of(Measure.DEALS_REGISTERED, 1));
    }

    public void dealApproved(long partnerId, String region, LocalDate approvedOn) {
        add(approvedOn, partnerId, region, "", Map.of(Measure.DEALS_APPROVED, 1));
    }

    /**
     * A deal closed on {@code closedOn}: won (with its amount), lost or expired. One that was protected (approved)
     * adds the days of protection it used, from the approval to the close but at most to the last day, and had.
     */
    public void dealClosed(long partnerId, String region, String state, LocalDate closedOn, BigDecimal wonAmount,
                           LocalDate approvedOn, LocalDate protectedUntil) {
        Map<Measure, Number> figures = new EnumMap<>(Measure.class);
        figures.put(switch (state) {
            case "WON" -> Measure.DEALS_WON;
            case "LOST" -> Measure.DEALS_LOST;
            case "EXPIRED" -> Measure.DEALS_EXPIRED;
            default -> throw new IllegalArgumentException("Not a closing state: " + state);
        }, 1);
        if (wonAmount != null) {
            figures.put(Measure.WON_AMOUNT, wonAmount);
        }
        if (approvedOn != null && protectedUntil != null) {
            LocalDate usedUntil = closedOn.isBefore(protectedUntil) ? closedOn : protectedUntil;
            figures.put(Measure.DEALS_PROTECTED, 1);
            figures.put(Measure.PROTECTION_DAYS_USED, Math.max(0, ChronoUnit.DAYS.between(approvedOn, usedUntil)));
            figures.put(Measure.PROTECTION_DAYS_GRANTED, ChronoUnit.DAYS.between(approvedOn, protectedUntil));
        }
        add(closedOn, partnerId, region, "", figures);
    }

    /** A handover offered (created) at {@code createdAt} for a customer in {@code region}. */
    public void handoverOffered(String region, Instant createdAt) {
        add(day(createdAt), null, region, "", Map.of(Measure.HANDOVERS_OFFERED, 1));
    }

    /** Accepted at {@code acceptedAt} at the turn of {@code position} (0 = the first partner asked): on its day of offer. */
    public void handoverAccepted(String region, Instant createdAt, Instant acceptedAt, int position) {
        add(day(createdAt), null, region, "", Map.of(Measure.HANDOVERS_ACCEPTED, 1,
                Measure.ACCEPTANCE_SECONDS, BigDecimal.valueOf(micros(acceptedAt) - micros(createdAt), 6), Measure.ACCEPTANCE_TURNS, position + 1));
    }

    public void handoverUnassigned(String region, Instant createdAt) {
        add(day(createdAt), null, region, "", Map.of(Measure.HANDOVERS_UNASSIGNED, 1));
    }

    /**
     * A request of the partner (of its region and tier now), received at {@code createdAt}, answered at
     * {@code answeredAt}: in time by the deadline the routing set, or without one; late after it.
     */
    public void requestAnswered(long partnerId, String kind, Instant createdAt, Instant dueAt, Instant answeredAt) {
        boolean inTime = dueAt == null || !answeredAt.isAfter(dueAt);
        add(day(createdAt), partnerId, null, kind, Map.of(inTime ? Measure.REQUESTS_IN_TIME : Measure.REQUESTS_LATE, 1));
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /**
     * An instant in whole microseconds, rounded as the database stores it, so that a duration kept here equals the
     * one a rebuild computes from the stored instants.
     */
    private static long micros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), Math.round(at.getNano() / 1000.0));
    }

    /**
     * One upsert of one row: the region given (a deal's, a handover's) or else the partner's; the tier the partner's,
     * '' without one (handovers).
     */
    private void add(LocalDate day, Long partnerId, String region, String kind, Map<Measure, Number> figures) {
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(day)));
        String regionSql = "coalesce(p.region, '')";
        if (region != null || partnerId == null) {
            regionSql = "coalesce(cast(? as varchar(100)), '')";
            args.add(region);
        }
        args.add(kind);
        for (Measure m : Measure.values()) {
            args.add(figures.getOrDefault(m, 0));
        }
        String from = "";
        if (partnerId != null) {
            from = " from partner_company p where p.id = ?";
            args.add(partnerId);
        }
        String source = "select cast(? as date) on_day, " + regionSql + " region, " + (partnerId == null ? "''" : "p.status") + " tier,"
                + " cast(? as varchar(30)) kind, " + Stream.of(Measure.values())
                .map(m -> "cast(? as " + m.type() + ") " + m.column()).collect(Collectors.joining(", ")) + from;
        String sql = upsert(source);
        Object[] parameters = args.toArray();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            jdbc.update(sql, parameters);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                jdbc.update(sql, parameters);
            }

            /**
             * Before the process rollups' writes ({@link ProcessRollups}, of the default order) whatever the order of the
             * events: two transactions never take a sales row and a process row in opposite orders.
             */
            @Override
            public int getOrder() {
                return Ordered.LOWEST_PRECEDENCE - 1;
            }
        });
    }

    /** Adds the row of {@code source} to the row of its key, or inserts it: PostgreSQL's {@code on conflict}, else {@code merge} (H2). */
    private String upsert(String source) {
        String sums = Stream.of(Measure.values()).map(Measure::column).collect(Collectors.joining(", "));
        if (database.isPostgres()) {
            return "insert into sales_day_figure (" + String.join(", ", columns()) + ") " + source + " on conflict ("
                    + String.join(", ", KEYS) + ") do update set " + Stream.of(Measure.values())
                    .map(m -> m.column() + " = sales_day_figure." + m.column() + " + excluded." + m.column()).collect(Collectors.joining(", "));
        }
        return "merge into sales_day_figure t using (" + source + ") s on "
                + KEYS.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" and "))
                + " when matched then update set " + Stream.of(Measure.values()).map(m -> m.column() + " = t." + m.column() + " + s." + m.column())
                .collect(Collectors.joining(", "))
                + " when not matched then insert (" + String.join(", ", KEYS) + ", " + sums + ") values ("
                + columns().stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(KEYS);
        Stream.of(Measure.values()).map(Measure::column).forEach(columns::add);
        return columns;
    }

    /** One part of a day's rebuild: a row per deal, handover or request, with its figures and 0 for the others. */
    private static String part(String region, String tier, String kind, Map<Measure, String> figures, String from) {
        return "select " + region + " region, " + tier + " tier, " + kind + " kind, " + Stream.of(Measure.values())
                .map(m -> "cast(" + figures.getOrDefault(m, "0") + " as " + m.type() + ") " + m.column())
                .collect(Collectors.joining(", ")) + from;
    }
}
