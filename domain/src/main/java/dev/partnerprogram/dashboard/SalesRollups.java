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
 * Adds the sales events to the sales dashboard's rollups ({@code sales_day_figure}, V88, and its sums by month,
 * {@code sales_month_figure}, V92; ADR 0007) in the transaction of the event: one upsert a event and rollup, which reads
 * the partner's region and tier in the same statement. The upserts of a transaction are run just before it commits, so
 * a rollup row — shared by every deal of its day, region and tier — is locked only for the commit, not for the rest of
 * the command. {@link #rebuildDay} computes the same rows from the deals, handovers and requests themselves: the two
 * must agree.
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

    private static final String DAY_TABLE = "sales_day_figure";
    private static final String MONTH_TABLE = "sales_month_figure";
    private static final String DAY = "on_day";
    private static final String MONTH = "on_month";
    private static final String DEAL_PARTNER = " join partner_company p on p.id = d.partner_id";
    private static final String CLOSED = "d.state in ('WON', 'LOST', 'EXPIRED')";

    /** The day's rows in their month: the source of an upsert into {@code sales_month_figure}, negated or not. */
    private static final String DAY_IN_MONTH = "select cast(:month as date) " + MONTH + ", region, tier, kind, %s from " + DAY_TABLE
            + " where on_day = cast(:day as date) order by region, tier, kind";

    /** One day's rows from the rows of the deals, handovers and requests of that day. */
    private static final String SUM_DAY = "insert into " + DAY_TABLE + " (" + String.join(", ", columns(DAY)) + ")"
            + " select cast(:day as date), x.region, x.tier, x.kind, "
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
                    + ") x group by x.region, x.tier, x.kind";

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

    /**
     * One day's rows again, and its month's sums with them: what {@link RollupRebuild} runs for each day of its range.
     * The day's old rows leave their month before they are deleted and the new ones join it once summed, so a month is
     * right whichever of its days are rebuilt, in whatever order; a month's row left with nothing is deleted. Parameters:
     * the day, its month's first day (month), and the day's bounds as instants (from, inclusive, to, exclusive).
     */
    public static List<String> rebuildDay(boolean postgres) {
        return List.of(
                upsert(postgres, MONTH_TABLE, MONTH, DAY_IN_MONTH.formatted(Stream.of(Measure.values())
                        .map(m -> "cast(-" + m.column() + " as " + m.type() + ") " + m.column()).collect(Collectors.joining(", ")))),
                "delete from " + DAY_TABLE + " where on_day = cast(:day as date)",
                SUM_DAY,
                upsert(postgres, MONTH_TABLE, MONTH, DAY_IN_MONTH.formatted(Stream.of(Measure.values())
                        .map(Measure::column).collect(Collectors.joining(", ")))),
                "delete from " + MONTH_TABLE + " where on_month = cast(:month as date) and " + Stream.of(Measure.values())
                        .map(m -> m.column() + " = 0").collect(Collectors.joining(" and ")));
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
        List<Object> args = new ArrayList<>();
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
        String source = " " + regionSql + " region, " + (partnerId == null ? "''" : "p.status") + " tier,"
                + " cast(? as varchar(30)) kind, " + Stream.of(Measure.values())
                .map(m -> "cast(? as " + m.type() + ") " + m.column()).collect(Collectors.joining(", ")) + from;
        boolean postgres = database.isPostgres();
        // The month's row first, as a rebuild takes them: a rebuild and an event never wait for each other's rows in turn.
        String monthSql = upsert(postgres, MONTH_TABLE, MONTH, "select cast(? as date) " + MONTH + "," + source);
        String daySql = upsert(postgres, DAY_TABLE, DAY, "select cast(? as date) " + DAY + "," + source);
        Object[] monthParameters = withDate(day.withDayOfMonth(1), args);
        Object[] dayParameters = withDate(day, args);
        Runnable write = () -> {
            jdbc.update(monthSql, monthParameters);
            jdbc.update(daySql, dayParameters);
        };
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                write.run();
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

    private static Object[] withDate(LocalDate date, List<Object> args) {
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(date)));
        parameters.addAll(args);
        return parameters.toArray();
    }

    /**
     * Adds the rows of {@code source} to the rows of their keys in {@code table}, or inserts them: PostgreSQL's
     * {@code on conflict}, else {@code merge} (H2).
     */
    private static String upsert(boolean postgres, String table, String dateColumn, String source) {
        List<String> keys = keys(dateColumn);
        List<String> columns = columns(dateColumn);
        if (postgres) {
            return "insert into " + table + " (" + String.join(", ", columns) + ") " + source + " on conflict ("
                    + String.join(", ", keys) + ") do update set " + Stream.of(Measure.values())
                    .map(m -> m.column() + " = " + table + "." + m.column() + " + excluded." + m.column()).collect(Collectors.joining(", "));
        }
        return "merge into " + table + " t using (" + source + ") s on "
                + keys.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" and "))
                + " when matched then update set " + Stream.of(Measure.values()).map(m -> m.column() + " = t." + m.column() + " + s." + m.column())
                .collect(Collectors.joining(", "))
                + " when not matched then insert (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
    }

    private static List<String> keys(String dateColumn) {
        return List.of(dateColumn, "region", "tier", "kind");
    }

    /** The keys, then the summed columns, in the tables' order. */
    static List<String> columns(String dateColumn) {
        List<String> columns = new ArrayList<>(keys(dateColumn));
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
