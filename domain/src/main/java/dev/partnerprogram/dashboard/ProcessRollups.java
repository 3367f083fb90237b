package dev.partnerprogram.dashboard;

import dev.partnerprogram.common.DatabaseKind;
import dev.partnerprogram.common.ProgramProperties;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Adds events to the dashboards' rollups ({@code process_day_figure}, {@code process_open_figure}; ADR 0007) in the
 * transaction of the event. The additions of one transaction are gathered and written just before it commits, in the
 * order of the tables' keys: one statement per transaction on PostgreSQL (one per table elsewhere), row locks held only
 * for the commit, and two transactions never take the same rows in opposite orders (no deadlock between concurrent
 * engine commands).
 */
@Service
public class ProcessRollups {

    /** What a row of {@code process_day_figure} counts; see V81__process_rollups.sql. */
    public enum Kind {
        INSTANCE_STARTED, INSTANCE_ENDED, INSTANCE_DURATION, INSTANCE_REWORKED, STEP_ENDED, TASK_ENDED, TASK_DURATION,
        TASK_DEADLINE, TASK_LATE
    }

    /** What a row of {@code process_open_figure} counts. */
    public enum Open { INSTANCE, STEP, TASK }

    /**
     * Durations fall in log-scale buckets, this many per doubling, counting from one second (shorter ones share bucket
     * 0). A percentile taken from the buckets is within a factor 2^(1/8) (9.1%) of the exact one: see
     * {@link DurationHistogram}.
     */
    public static final int BUCKETS_PER_DOUBLING = 8;

    /**
     * The bucket of a duration as SQL, for the rebuild: the same arithmetic as {@link #bucket}, in double precision, so
     * that the handler and the rebuild put a duration in the same bucket. Half a millisecond is added so that no whole
     * number of milliseconds lies on a bucket's bound, where rounding could differ between the JVM and the database.
     */
    public static String bucketSql(String durationColumn) {
        return "greatest(0, floor((ln(cast(" + durationColumn + " as double precision) + 0.5) - ln(cast(1000 as double precision)))"
                + " * " + BUCKETS_PER_DOUBLING + " / ln(cast(2 as double precision))))";
    }

    public static int bucket(long durationMs) {
        return Math.max(0, (int) Math.floor((Math.log(durationMs + 0.5) - Math.log(1000)) * BUCKETS_PER_DOUBLING / Math.log(2)));
    }

    record FigureKey(String processKey, Kind kind, LocalDate day, String item, String detail, int bucket) {}

    record OpenKey(String processKey, Open kind, String item) {}

    private static final Comparator<FigureKey> FIGURE_ORDER = Comparator.comparing(FigureKey::processKey)
            .thenComparing(k -> k.kind().name()).thenComparing(FigureKey::day).thenComparing(FigureKey::item)
            .thenComparing(FigureKey::detail).thenComparingInt(FigureKey::bucket);
    private static final Comparator<OpenKey> OPEN_ORDER = Comparator.comparing(OpenKey::processKey)
            .thenComparing(k -> k.kind().name()).thenComparing(OpenKey::item);

    private final JdbcTemplate jdbc;
    private final DatabaseKind database;
    private final ZoneId zone;
    private volatile Upserts upserts;

    public ProcessRollups(JdbcTemplate jdbc, DatabaseKind database, ProgramProperties properties) {
        this.jdbc = jdbc;
        this.database = database;
        this.zone = ZoneId.of(properties.timeZone());
    }

    /** One event on the day of {@code at}, lasting {@code durationMs} (0 where it has no duration). */
    public void count(Instant at, String processKey, Kind kind, String item, String detail, long durationMs) {
        FigureKey key = new FigureKey(processKey, kind, day(at), nullToEmpty(item), nullToEmpty(detail), 0);
        record(p -> p.figures.merge(key, new long[] {1, durationMs}, ProcessRollups::add));
    }

    /** One duration into the histogram of its kind ({@code INSTANCE_DURATION} or {@code TASK_DURATION}). */
    public void duration(Instant at, String processKey, Kind kind, String item, long durationMs) {
        FigureKey key = new FigureKey(processKey, kind, day(at), nullToEmpty(item), "", bucket(durationMs));
        record(p -> p.figures.merge(key, new long[] {1, durationMs}, ProcessRollups::add));
    }

    /** One more (+1) or one fewer (-1) open now. */
    public void open(String processKey, Open kind, String item, int change) {
        OpenKey key = new OpenKey(processKey, kind, nullToEmpty(item));
        record(p -> p.open.merge(key, (long) change, Long::sum));
    }

    /** A task with a deadline, offered to a group, finished at {@code endedAt}: counted for the group, and as late if so. */
    public void deadline(String processKey, String taskKey, String group, Instant dueAt, Instant endedAt) {
        count(endedAt, processKey, Kind.TASK_DEADLINE, taskKey, group, 0);
        if (endedAt.isAfter(dueAt)) {
            count(endedAt, processKey, Kind.TASK_LATE, taskKey, group, 0);
        }
    }

    /** The day of an instant in the program's zone, as the dashboards' periods are whole days there. */
    public LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /** The additions of the running transaction, written before it commits; outside one, written at once. */
    private void record(Consumer<Pending> addition) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            Pending now = new Pending();
            addition.accept(now);
            write(now);
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        addition.accept(pending);
    }

    private static long[] add(long[] a, long[] b) {
        return new long[] {a[0] + b[0], a[1] + b[1]};
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private final class Pending implements TransactionSynchronization {
        final Map<FigureKey, long[]> figures = new TreeMap<>(FIGURE_ORDER);
        final Map<OpenKey, Long> open = new TreeMap<>(OPEN_ORDER);

        @Override
        public void beforeCommit(boolean readOnly) {
            write(this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ProcessRollups.this);
        }
    }

    private void write(Pending pending) {
        Upserts sql = upserts();
        List<Object[]> figures = new ArrayList<>();
        pending.figures.forEach((k, v) -> figures.add(new Object[] {k.processKey(), k.kind().name(), Date.valueOf(k.day()), k.item(),
                k.detail(), k.bucket(), v[0], v[1]}));
        List<Object[]> open = new ArrayList<>();
        pending.open.forEach((k, v) -> open.add(new Object[] {k.processKey(), k.kind().name(), k.item(), v}));
        if (sql.figure().postgres() && !figures.isEmpty() && !open.isEmpty() && figures.size() <= Upsert.MOST_ROWS
                && open.size() <= Upsert.MOST_ROWS) {
            // One statement for both tables: the open counts' upsert runs as a data-modifying WITH query of the day
            // figures' (PostgreSQL runs it to completion whether or not the main query reads it). Every transaction
            // writes them in the same shape, so the tables' rows are still taken in one order by all.
            List<Object> parameters = new ArrayList<>();
            open.forEach(row -> parameters.addAll(Arrays.asList(row)));
            figures.forEach(row -> parameters.addAll(Arrays.asList(row)));
            jdbc.update("with open_now as (" + sql.open().sql(open.size()) + ") " + sql.figure().sql(figures.size()),
                    parameters.toArray());
        } else {
            sql.figure().write(jdbc, figures);
            sql.open().write(jdbc, open);
        }
        pending.figures.clear();
        pending.open.clear();
    }

    /** The two upserts in the database's dialect. */
    private Upserts upserts() {
        Upserts result = upserts;
        if (result == null) {
            boolean postgres = database.isPostgres();
            result = new Upserts(
                    new Upsert(postgres, "process_day_figure", List.of("process_key", "kind", "on_day", "item", "detail", "bucket"),
                            List.of("varchar(255)", "varchar(20)", "date", "varchar(255)", "varchar(255)", "smallint"),
                            List.of("occurrences", "duration_ms")),
                    new Upsert(postgres, "process_open_figure", List.of("process_key", "kind", "item"),
                            List.of("varchar(255)", "varchar(20)", "varchar(255)"), List.of("open_now")));
            upserts = result;
        }
        return result;
    }

    private record Upserts(Upsert figure, Upsert open) {}

    /**
     * Inserts rows, or adds their sums to the rows with the same keys: PostgreSQL's {@code on conflict}, else standard
     * {@code merge} (H2). All rows in one statement (their keys are distinct, gathered in a map), so a transaction's
     * rollups cost one statement per table, whatever it did.
     */
    record Upsert(boolean postgres, String table, List<String> keys, List<String> keyTypes, List<String> sums) {
        /** PostgreSQL takes at most 65,535 parameters in a statement: larger transactions write in chunks of this many rows. */
        static final int MOST_ROWS = 1000;

        void write(JdbcTemplate jdbc, List<Object[]> rows) {
            for (int from = 0; from < rows.size(); from += MOST_ROWS) {
                List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + MOST_ROWS));
                jdbc.update(sql(chunk.size()), chunk.stream().flatMap(Arrays::stream).toArray());
            }
        }

        String sql(int rows) {
            List<String> columns = new ArrayList<>(keys);
            columns.addAll(sums);
            String columnList = String.join(", ", columns);
            List<String> row = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                row.add(postgres ? "?" : "cast(? as " + keyTypes.get(i) + ")");
            }
            sums.forEach(s -> row.add(postgres ? "?" : "cast(? as bigint)"));
            String values = String.join(", ", Collections.nCopies(rows, "(" + String.join(", ", row) + ")"));
            if (postgres) {
                return "insert into " + table + " (" + columnList + ") values " + values + " on conflict (" + String.join(", ", keys)
                        + ") do update set " + String.join(", ", sums.stream().map(s -> s + " = " + table + "." + s + " + excluded." + s).toList());
            }
            return "merge into " + table + " t using (values " + values + ") s (" + columnList + ") on "
                    + String.join(" and ", keys.stream().map(k -> "t." + k + " = s." + k).toList())
                    + " when matched then update set " + String.join(", ", sums.stream().map(s -> s + " = t." + s + " + s." + s).toList())
                    + " when not matched then insert (" + columnList + ") values ("
                    + String.join(", ", columns.stream().map(c -> "s." + c).toList()) + ")";
        }
    }
}
