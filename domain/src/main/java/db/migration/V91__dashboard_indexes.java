package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Two dashboard reads that went through rows of the whole history, measured with EXPLAIN (ANALYZE, BUFFERS) on the
 * benchmark's data set (README, "Dashboards and the inbox"). In Java because one of the indexes is PostgreSQL's own.
 */
public class V91__dashboard_indexes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            // The program overview's agreement moves of a period: the period's renewals, suspensions, reinstatements and
            // terminations, instead of every agreement event ever (the only index led with the agreement).
            sql.execute("create index ix_agreement_event_action_at on agreement_event (action, at)");
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                return;
            }
            // The sales dashboard counts the open partner requests of its period itself (whether one is overdue depends
            // on the moment of the page load; ADR 0007). V88's index on (state, created_at) found them, but each then
            // cost a read of its row in the table, among every request ever answered. This one holds only the open ones
            // with every column the count needs, so the count reads the index alone and its size follows the requests
            // open now, not the history. Partial indexes and INCLUDE are PostgreSQL's own: H2, the embedded default,
            // keeps V88's index.
            sql.execute("create index ix_partner_request_open on partner_request (created_at) include (kind, due_at, partner_id)"
                    + " where state = 'OPEN'");
            // Served only that count; kept, it would only slow every write of a request.
            sql.execute("drop index ix_partner_request_state_created");
        }
    }
}
