package dev.partnerprogram.bench.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The statements run in the bench database over a window, from {@code pg_stat_statements}: calls and execution time per
 * normalised statement. PostgreSQL counts them only when it preloads the module ({@code shared_preload_libraries}, a
 * restart); where it does not, {@link #notCounted()} says why and the harness asks nothing more of it. The counts are
 * kept per database, so the window is reset for the bench database alone where the server's function allows it.
 */
public final class StatementStats {

    /**
     * Marks the statements the harness itself runs in the bench database while a window is counted (reading the counts,
     * moving enrolments to today's session), so they are left out: pg_stat_statements keeps a statement's text with its
     * comments.
     */
    public static final String HARNESS = "/* bench harness */ ";

    /**
     * Transaction control is left out of the counts: the driver sends BEGIN with the transaction's first statement and
     * COMMIT is counted as a commit, and whether PostgreSQL tracks them at all is a setting ({@code track_utility}).
     */
    private static final Pattern TRANSACTION_CONTROL = Pattern.compile("(?is)\\s*(begin|start\\s+transaction|commit|end|rollback)\\b.*");

    /** One normalised statement ({@code $1} for its constants) over the window; time is execution, planning aside. */
    public record Statement(String query, long calls, double totalMillis) {
        public double meanMillis() {
            return calls > 0 ? totalMillis / calls : 0;
        }
    }

    /**
     * What a window counted: the application's statements, and the entries pg_stat_statements dropped meanwhile to stay
     * within {@code pg_stat_statements.max} (the server's other databases share it): when that is not 0, the rarest
     * statements of the window may be missing.
     */
    public record Counted(List<Statement> statements, long evicted) {
        public long calls() {
            return statements.stream().mapToLong(Statement::calls).sum();
        }

        public List<Statement> topByCalls(int n) {
            return statements.stream().sorted(Comparator.comparingLong(Statement::calls).reversed()).limit(n).toList();
        }

        public List<Statement> topByTime(int n) {
            return statements.stream().sorted(Comparator.comparingDouble(Statement::totalMillis).reversed()).limit(n).toList();
        }
    }

    private final PostgresServer server;
    private final String database;
    private final String notCounted;
    private final boolean resetsOneDatabase;
    private final String timeColumn;
    private final boolean countsEvictions;
    private long evictedAtReset;

    private StatementStats(PostgresServer server, String database, String notCounted, boolean resetsOneDatabase, String timeColumn,
                           boolean countsEvictions) {
        this.server = server;
        this.database = database;
        this.notCounted = notCounted;
        this.resetsOneDatabase = resetsOneDatabase;
        this.timeColumn = timeColumn;
        this.countsEvictions = countsEvictions;
    }

    /** Creates the extension in the bench database when the server loads it; otherwise answers why nothing is counted. */
    public static StatementStats prepare(PostgresServer server, String database) {
        try (Connection c = server.connect(database); var statement = c.createStatement()) {
            String preloaded;
            try (var rs = statement.executeQuery("show shared_preload_libraries")) {
                rs.next();
                preloaded = rs.getString(1);
            }
            boolean loaded = Arrays.stream(preloaded.split(",")).map(name -> name.replace("\"", "").trim())
                    .anyMatch("pg_stat_statements"::equals);
            if (!loaded) {
                return notCounted(server, database, "PostgreSQL does not load pg_stat_statements (shared_preload_libraries = '"
                        + preloaded + "')");
            }
            statement.execute("create extension if not exists pg_stat_statements");
            boolean resetsOneDatabase;
            try (var rs = statement.executeQuery(
                    "select count(*) from pg_proc where proname = 'pg_stat_statements_reset' and pronargs >= 3")) {
                rs.next();
                resetsOneDatabase = rs.getInt(1) > 0;
            }
            String timeColumn;
            boolean countsEvictions;
            // PostgreSQL 13 renamed total_time to total_exec_time; pg_stat_statements_info (evictions) came with 14.
            try (var rs = statement.executeQuery("select (select attname from pg_attribute where attrelid = 'pg_stat_statements'::regclass"
                    + " and attname in ('total_exec_time', 'total_time') order by attname desc limit 1),"
                    + " to_regclass('pg_stat_statements_info') is not null")) {
                rs.next();
                timeColumn = rs.getString(1);
                countsEvictions = rs.getBoolean(2);
            }
            return new StatementStats(server, database, null, resetsOneDatabase, timeColumn, countsEvictions);
        } catch (SQLException e) {
            return notCounted(server, database, "pg_stat_statements could not be set up in the bench database: " + e.getMessage());
        }
    }

    private static StatementStats notCounted(PostgresServer server, String database, String why) {
        return new StatementStats(server, database, why, false, null, false);
    }

    /** Why statements are not counted; empty when they are. */
    public Optional<String> notCounted() {
        return Optional.ofNullable(notCounted);
    }

    /**
     * Starts a window, in one statement (one transaction of the harness's own): the bench database's counts are reset
     * (the whole server's, where the function takes no database). Does nothing when statements are not counted.
     */
    public void reset() {
        if (notCounted != null) {
            return;
        }
        String reset = resetsOneDatabase
                ? "pg_stat_statements_reset(0, (select oid from pg_database where datname = current_database()), 0)"
                : "pg_stat_statements_reset()";
        try (Connection c = server.connect(database); var statement = c.createStatement();
             var rs = statement.executeQuery(HARNESS + "select " + reset + ", " + evictions())) {
            rs.next();
            evictedAtReset = rs.getLong(2);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reset pg_stat_statements: " + e.getMessage(), e);
        }
    }

    /** Entries dropped since the server's counts were last reset whole; a reset of one database leaves it. */
    private String evictions() {
        return countsEvictions ? "(select dealloc from pg_stat_statements_info)" : "0";
    }

    /**
     * The window's statements since {@link #reset()}, in one statement (one transaction of the harness's own); null when
     * statements are not counted.
     */
    public Counted read() {
        if (notCounted != null) {
            return null;
        }
        // The same normalised statement may have a row per user and per nesting level: summed by its id.
        String sql = HARNESS + "select queryid, query, calls, " + timeColumn + ", " + evictions() + " from pg_stat_statements"
                + " where dbid = (select oid from pg_database where datname = current_database()) and query not like ?";
        Map<Long, Statement> byId = new LinkedHashMap<>();
        long evictedNow = evictedAtReset;
        try (Connection c = server.connect(database); var statement = c.prepareStatement(sql)) {
            statement.setString(1, HARNESS.trim() + "%");
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    String query = rs.getString(2);
                    evictedNow = rs.getLong(5);
                    if (TRANSACTION_CONTROL.matcher(query).matches()) {
                        continue;
                    }
                    Statement row = new Statement(query, rs.getLong(3), rs.getDouble(4));
                    byId.merge(rs.getLong(1), row, (a, b) -> new Statement(a.query(), a.calls() + b.calls(), a.totalMillis() + b.totalMillis()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read pg_stat_statements: " + e.getMessage(), e);
        }
        return new Counted(List.copyOf(byId.values()), Math.max(0, evictedNow - evictedAtReset));
    }
}
