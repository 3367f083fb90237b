package dev.partnerprogram.dashboard;

import dev.partnerprogram.common.ProgramProperties;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Service;

/**
 * Recomputes the dashboards' rollups from the engine's history (and the deadlines' record), and the sales rollup from
 * the deals, handovers and partner requests ({@link SalesRollups#rebuildDay}): for each day of a range,
 * that day's rows are deleted and summed again, in one transaction per day, so a rebuild can be stopped and rerun and
 * gives the same rows each time; then the open counters are counted again. The repair after anything that wrote
 * history without the handler (the benchmark's generator, a restore, a bug), and the way to fill the rollups of a
 * database that had history before them (ADR 0007). It reads what the handler adds up: the two must agree.
 */
@Service
public class RollupRebuild {

    /** What a rebuild did: the days summed again, and how long it took. */
    public record Result(LocalDate from, LocalDate to, long days, long millis) {}

    private static final String FIGURE = "insert into process_day_figure (on_day, process_key, kind, item, detail, bucket,"
            + " occurrences, duration_ms) ";
    private static final String PROCESS_ENDED = " from act_hi_procinst where end_time_ >= :from and end_time_ < :to";
    private static final String TASK_ENDED = " from act_hi_taskinst where end_time_ >= :from and end_time_ < :to"
            + " and duration_ is not null and proc_def_key_ is not null";
    private static final String DEADLINE = " from finished_task_deadline where ended_at >= :from and ended_at < :to";

    /** One day's rows, each statement adding the rows of one kind; parameters: the day and its bounds. */
    static final List<String> PROCESS_DAY = List.of(
            "delete from process_day_figure where on_day = cast(:day as date)",
            FIGURE + "select cast(:day as date), proc_def_key_, 'INSTANCE_STARTED', '', '', 0, count(*), 0 from act_hi_procinst"
                    + " where start_time_ >= :from and start_time_ < :to group by proc_def_key_",
            FIGURE + "select cast(:day as date), proc_def_key_, 'INSTANCE_ENDED', coalesce(end_act_id_, ''), coalesce(state_, ''), 0, count(*),"
                    + " coalesce(sum(duration_), 0)" + PROCESS_ENDED + " group by proc_def_key_, coalesce(end_act_id_, ''), coalesce(state_, '')",
            FIGURE + "select cast(:day as date), proc_def_key_, 'INSTANCE_DURATION', '', '', " + ProcessRollups.bucketSql("duration_")
                    + ", count(*), sum(duration_)" + PROCESS_ENDED + " and duration_ is not null group by proc_def_key_, "
                    + ProcessRollups.bucketSql("duration_"),
            FIGURE + "select cast(:day as date), p.proc_def_key_, 'INSTANCE_REWORKED', '', '', 0, count(*), 0 from act_hi_procinst p"
                    + " where p.end_time_ >= :from and p.end_time_ < :to and exists (select 1 from act_hi_taskinst t"
                    + " where t.proc_inst_id_ = p.id_ group by t.task_def_key_ having count(*) > 1) group by p.proc_def_key_",
            FIGURE + "select cast(:day as date), proc_def_key_, 'STEP_ENDED', act_id_, '', 0, count(*), coalesce(sum(duration_), 0)"
                    + " from act_hi_actinst where end_time_ >= :from and end_time_ < :to group by proc_def_key_, act_id_",
            FIGURE + "select cast(:day as date), proc_def_key_, 'TASK_ENDED', task_def_key_, '', 0, count(*), sum(duration_)" + TASK_ENDED
                    + " group by proc_def_key_, task_def_key_",
            FIGURE + "select cast(:day as date), proc_def_key_, 'TASK_DURATION', task_def_key_, '', " + ProcessRollups.bucketSql("duration_")
                    + ", count(*), sum(duration_)" + TASK_ENDED + " group by proc_def_key_, task_def_key_, "
                    + ProcessRollups.bucketSql("duration_"),
            FIGURE + "select cast(:day as date), process_key, 'TASK_DEADLINE', task_key, group_id, 0, count(*), 0" + DEADLINE
                    + " group by process_key, task_key, group_id",
            FIGURE + "select cast(:day as date), process_key, 'TASK_LATE', task_key, group_id, 0, count(*), 0" + DEADLINE
                    + " and ended_at > due_at group by process_key, task_key, group_id");

    /** One day's rows of every rollup: the processes' and the sales dashboard's ({@link SalesRollups}). */
    static List<String> day(boolean postgres) {
        return Stream.concat(PROCESS_DAY.stream(), SalesRollups.rebuildDay(postgres).stream()).toList();
    }

    /** What is open now, counted again from the history's unfinished rows. */
    static final List<String> OPEN = List.of(
            "delete from process_open_figure",
            "insert into process_open_figure (process_key, kind, item, open_now) select proc_def_key_, 'INSTANCE', '', count(*)"
                    + " from act_hi_procinst where end_time_ is null group by proc_def_key_",
            "insert into process_open_figure (process_key, kind, item, open_now) select proc_def_key_, 'STEP', act_id_, count(*)"
                    + " from act_hi_actinst where end_time_ is null group by proc_def_key_, act_id_",
            "insert into process_open_figure (process_key, kind, item, open_now) select proc_def_key_, 'TASK', task_def_key_,"
                    + " count(*) from act_hi_taskinst where end_time_ is null and proc_def_key_ is not null"
                    + " group by proc_def_key_, task_def_key_");

    private final DataSource dataSource;
    private final ZoneId zone;

    /** For a program outside Spring (the benchmark's generator): its database and time zone. */
    public RollupRebuild(DataSource dataSource, ZoneId zone) {
        this.dataSource = dataSource;
        this.zone = zone;
    }

    @Autowired
    RollupRebuild(DataSource dataSource, ProgramProperties properties) {
        this(dataSource, ZoneId.of(properties.timeZone()));
    }

    /** The days from the first instance's start (or deal, handover or request, if earlier) to today. */
    public Result rebuildAll() {
        return withConnection(jdbc -> days(jdbc, firstDay(jdbc), LocalDate.now(zone)));
    }

    /** The days from {@code from} to {@code to}, both included. */
    public Result rebuild(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        return withConnection(jdbc -> days(jdbc, from, to));
    }

    /**
     * The first day of the history (today when there is none): with {@link #rebuildDays} and {@link #rebuildOpen}, a
     * bulk load (the benchmark's generator) rebuilds the whole history in parts at once.
     */
    public LocalDate firstDay() {
        return withConnection(this::firstDay);
    }

    /** The days from {@code from} to {@code to}, both included, without what is open now: one part of a rebuild. */
    public Result rebuildDays(LocalDate from, LocalDate to) {
        return withConnection(jdbc -> {
            long started = System.nanoTime();
            long days = dayByDay(jdbc, from, to);
            return new Result(from, to, days, (System.nanoTime() - started) / 1_000_000);
        });
    }

    /** What is open now, counted again: once, after the parts of a rebuild. */
    public void rebuildOpen() {
        withConnection(jdbc -> {
            open(jdbc);
            return null;
        });
    }

    private LocalDate firstDay(OwnConnection jdbc) {
        Timestamp first = jdbc.queryForObject("select min(x.first_at) from (select min(start_time_) first_at from act_hi_procinst"
                        + " union all select min(registered_at) from deal union all select min(created_at) from handover"
                        + " union all select min(created_at) from partner_request) x", new MapSqlParameterSource(), Timestamp.class);
        return first == null ? LocalDate.now(zone) : LocalDate.ofInstant(first.toInstant(), zone);
    }

    private Result days(OwnConnection jdbc, LocalDate from, LocalDate to) throws SQLException {
        long started = System.nanoTime();
        long days = dayByDay(jdbc, from, to);
        open(jdbc);
        return new Result(from, to, days, (System.nanoTime() - started) / 1_000_000);
    }

    private long dayByDay(OwnConnection jdbc, LocalDate from, LocalDate to) throws SQLException {
        long days = 0;
        List<String> statements = day(jdbc.isPostgres());
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            MapSqlParameterSource params = new MapSqlParameterSource("day", Date.valueOf(day))
                    .addValue("month", Date.valueOf(day.withDayOfMonth(1)))
                    .addValue("from", Timestamp.from(start(day))).addValue("to", Timestamp.from(start(day.plusDays(1))));
            for (String sql : statements) {
                jdbc.update(sql, params);
            }
            jdbc.commit();
            days++;
        }
        return days;
    }

    private void open(OwnConnection jdbc) throws SQLException {
        for (String sql : OPEN) {
            jdbc.update(sql, new MapSqlParameterSource());
        }
        jdbc.commit();
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** Statements on one connection of our own, committed where the rebuild says: not the caller's transaction. */
    private interface Work<T> {
        T run(OwnConnection jdbc) throws SQLException;
    }

    private static final class OwnConnection extends NamedParameterJdbcTemplate {
        private final Connection connection;

        OwnConnection(Connection connection) {
            super(new SingleConnectionDataSource(connection, true));
            this.connection = connection;
        }

        void commit() throws SQLException {
            connection.commit();
        }

        boolean isPostgres() throws SQLException {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    private <T> T withConnection(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                return work.run(new OwnConnection(connection));
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Rebuilding the dashboards' rollups failed: " + e.getMessage(), e);
        }
    }
}
