package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes for the inbox's filters, measured with EXPLAIN on the benchmark's 20,000 open tasks (README, "Dashboards and
 * the inbox"). In Java rather than SQL because half of them are PostgreSQL's own (expression, trigram and pattern
 * indexes) and H2, the embedded default, accepts none of them: H2 gets the plain ones, and its searches scan as before.
 */
public class V84__inbox_filter_indexes extends BaseJavaMigration {
    private static final Logger log = LoggerFactory.getLogger(V84__inbox_filter_indexes.class);

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            // A process's or a task kind's newest tasks: the first page reads the index's last rows instead of sorting
            // every task of the process (the older (process_key, task_key, due_at) index serves the overdue counts).
            sql.execute("create index ix_inbox_task_process_created on inbox_task (process_key, created_at, task_id)");
            sql.execute("create index ix_inbox_task_kind_created on inbox_task (task_key, created_at, task_id)");
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                return;
            }
            // The region filter compares lower(region): this index gives PostgreSQL that expression's statistics, so
            // it no longer takes a busy region for 0.5% of the partners and nests a loop over each of its thousands.
            sql.execute("create index ix_partner_company_region_lower on partner_company (lower(region))");
            // The search's tax id is a prefix: a pattern index answers LIKE 'text%' whatever the database's collation.
            sql.execute("create index ix_partner_company_tax_id_prefix on partner_company (tax_id varchar_pattern_ops)");
            trigramIndexOnName(connection, sql);
        }
    }

    /**
     * The search finds a company by any part of its name: a trigram index answers LIKE '%text%' without reading every
     * partner. pg_trgm is a trusted extension (PostgreSQL 13+), so the database's owner may create it; where the
     * application's user may not, the search stays correct and reads the partners as before.
     */
    private static void trigramIndexOnName(Connection connection, Statement sql) throws SQLException {
        String schema = trigramSchema(sql);
        if (schema == null) {
            Savepoint before = connection.setSavepoint();
            try {
                sql.execute("create extension pg_trgm");
                connection.releaseSavepoint(before);
            } catch (SQLException e) {
                connection.rollback(before);
                log.warn("No trigram index on partner names (pg_trgm could not be created: {}); the inbox's search by name"
                        + " reads every partner", e.getMessage());
                return;
            }
            schema = trigramSchema(sql);
        }
        // Qualified: the extension may live in another schema than the application's tables.
        sql.execute("create index ix_partner_company_name_trgm on partner_company using gin (lower(company_name) \""
                + schema.replace("\"", "\"\"") + "\".gin_trgm_ops)");
    }

    private static String trigramSchema(Statement sql) throws SQLException {
        try (var rs = sql.executeQuery("select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace"
                + " where e.extname = 'pg_trgm'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
