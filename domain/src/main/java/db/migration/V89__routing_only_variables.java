package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops the stored copies of the process variables that became routing-only on 5 Dec 2026 (README, "Adding a process
 * step"): the code now hands them to the engine as transient values, and the engine refuses a transient value for a
 * name that an instance holds stored, so an instance started before would fail at its next such step. Each copy is
 * read by nothing (only the gateway right after the step that set it read it), so dropping it changes no path. The
 * list is what was made routing-only then, not what is now: a migration keeps saying what it did. They are strings and
 * booleans (no byte array rows), and at history level "activity" the engine keeps no variable history. On a new
 * database the engine's tables do not exist yet when Flyway runs (the engine makes them later): nothing to drop. A node
 * still running the old code while another migrates could store a copy again; upgrade with the old nodes stopped.
 */
public class V89__routing_only_variables extends BaseJavaMigration {
    private static final List<String[]> ROUTING_ONLY = List.of(
            new String[] {"partner-application", "decision"}, new String[] {"partner-application", "basicTrainingPassed"},
            new String[] {"training-enrollment", "decision"}, new String[] {"training-enrollment", "seatTaken"},
            new String[] {"training-enrollment", "trainingResult"},
            new String[] {"designation-certification", "decision"}, new String[] {"designation-certification", "requirementsMet"},
            new String[] {"status-upgrade", "decision"}, new String[] {"status-upgrade", "eligible"},
            new String[] {"case-study", "decision"},
            new String[] {"partner-agreement", "renewalDecision"},
            new String[] {"agreement-termination", "terminationDecision"},
            new String[] {"partner-year", "tierMet"}, new String[] {"partner-year", "tierDecision"},
            new String[] {"deal-registration", "conflict"}, new String[] {"deal-registration", "reviewDecision"},
            new String[] {"deal-registration", "outcome"},
            new String[] {"project-handover", "offered"}, new String[] {"project-handover", "answer"},
            new String[] {"partner-request", "answer"}, new String[] {"partner-request", "decisionNeeded"},
            new String[] {"specialist-certification", "decision"}, new String[] {"specialist-certification", "examPassed"},
            new String[] {"joint-event", "decision"}, new String[] {"joint-event", "noticeSufficient"},
            new String[] {"joint-event", "dateAccepted"});

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!engineTablesExist(connection)) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from ACT_RU_VARIABLE where NAME_ = ? and"
                + " EXECUTION_ID_ in (select e.ID_ from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on e.PROC_DEF_ID_ = d.ID_"
                + " where d.KEY_ = ?)")) {
            for (String[] variable : ROUTING_ONLY) {
                delete.setString(1, variable[1]);
                delete.setString(2, variable[0]);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    /** PostgreSQL keeps unquoted names in lower case, H2 in upper case. */
    private static boolean engineTablesExist(Connection connection) throws SQLException {
        for (String name : List.of("act_ru_variable", "ACT_RU_VARIABLE")) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
