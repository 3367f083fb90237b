package dev.partnerprogram.bench.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The secondary indexes of the tables a generation fills, dropped before the load and built again after it: one
 * sorted build per index is far cheaper than keeping each up to date row by row (the engine's history tables carry a
 * dozen indexes each). Primary keys and unique constraints stay, so references and the engine's own updates by id still
 * find their rows. Dropped in their own committed transaction, so the engine's connections, which write history
 * for the running instances meanwhile, never wait on the drop's lock.
 */
final class DeferredIndexes {

    private static final String MAINTENANCE_MEMORY = "256MB";

    private final List<String> definitions;

    private DeferredIndexes(List<String> definitions) {
        this.definitions = definitions;
    }

    /** Drops the indexes of {@code tables} that no constraint owns; remembers how to build them again. */
    static DeferredIndexes drop(Connection connection, List<String> tables) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (var select = connection.prepareStatement("select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)"
                + " from pg_index i join pg_class t on t.oid = i.indrelid"
                + " where t.relname = any (?) and t.relnamespace = 'public'::regnamespace"
                + " and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)")) {
            select.setArray(1, connection.createArrayOf("text", tables.toArray()));
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
        }
        try (var statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("drop index " + name);
            }
        }
        connection.commit();
        return new DeferredIndexes(definitions);
    }

    int count() {
        return definitions.size();
    }

    /** Builds the dropped indexes again, with memory enough to sort each in one pass, and commits. */
    void restore(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("set local maintenance_work_mem = '" + MAINTENANCE_MEMORY + "'");
            for (String definition : definitions) {
                statement.execute(definition);
            }
        }
        connection.commit();
    }
}
