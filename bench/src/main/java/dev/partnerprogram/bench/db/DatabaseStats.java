package dev.partnerprogram.bench.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * Committed transactions of one database, from {@code pg_stat_database.xact_commit}. A backend reports its counts
 * when it ends (and otherwise at most once a second), so read it after the measured connections are closed.
 */
public final class DatabaseStats {
    private DatabaseStats() {}

    public static long commits(PostgresServer server, String database) {
        try (Connection c = server.connect(database);
             var statement = c.prepareStatement(StatementStats.HARNESS + "select xact_commit from pg_stat_database where datname = ?")) {
            statement.setString(1, database);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read pg_stat_database: " + e.getMessage(), e);
        }
    }

    /** Waits (up to 5 s) until no other backend is connected to the database, so their counts are in. */
    public static void awaitNoOtherConnections(PostgresServer server, String database) {
        awaitGone(server, database, null);
    }

    /** The backends connected to the database now, other than the asking one. */
    public static Set<Integer> backends(PostgresServer server, String database) {
        Set<Integer> pids = new HashSet<>();
        try (Connection c = server.connect(database); var statement = c.prepareStatement(
                "select pid from pg_stat_activity where datname = ? and pid <> pg_backend_pid()")) {
            statement.setString(1, database);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    pids.add(rs.getInt(1));
                }
            }
            return pids;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read pg_stat_activity: " + e.getMessage(), e);
        }
    }

    /** Waits (up to 5 s) until the given backends (all others, if null) have ended, so their counts are in. */
    public static void awaitGone(PostgresServer server, String database, Set<Integer> pids) {
        long until = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < until) {
            Set<Integer> now = backends(server, database);
            if (pids == null ? now.isEmpty() : now.stream().noneMatch(pids::contains)) {
                return;
            }
            LockSupport.parkNanos(10_000_000L);
        }
    }
}
