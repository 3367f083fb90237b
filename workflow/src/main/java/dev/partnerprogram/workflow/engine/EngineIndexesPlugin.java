package dev.partnerprogram.workflow.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's tables lack for how this application uses them, and the job acquisition that can use one. The
 * engine owns its schema, so the indexes are created here, after it, and only if missing.
 *
 * <p>Job acquisition: the engine's query asks for jobs "without a due date or due by now", which no index can answer,
 * so every acquisition read the whole job table — the thousands of timers of agreements and certificates due months
 * ahead (15–35 ms a query in the benchmark, the most expensive statement of a lifecycle). With every job given a due
 * date when it is made, acquisition asks for "due by now" in due-date order and reads the index's first rows.
 */
@Component
class EngineIndexesPlugin extends AbstractProcessEnginePlugin {
    private static final Logger log = LoggerFactory.getLogger(EngineIndexesPlugin.class);

    static final List<String> INDEXES = List.of(
            // Dashboards ask the history by process and period (started, finished, time per step); the engine indexes
            // these columns one by one.
            "create index if not exists pp_hi_procinst_key_start on act_hi_procinst (proc_def_key_, start_time_)",
            "create index if not exists pp_hi_procinst_key_end on act_hi_procinst (proc_def_key_, end_time_)",
            "create index if not exists pp_hi_taskinst_key_end on act_hi_taskinst (proc_def_key_, end_time_, task_def_key_)",
            "create index if not exists pp_hi_actinst_key_end on act_hi_actinst (proc_def_key_, end_time_, act_id_, duration_)",
            // Acquisition by due date (above).
            "create index if not exists pp_ru_job_duedate on act_ru_job (duedate_)",
            // Completing a task looks for its subtasks, which no index of the engine's answers: a scan of every open
            // task (4–7 ms with 20,000) five times a lifecycle. We make no subtasks, so the index stays nearly empty.
            "create index if not exists pp_ru_task_parent on act_ru_task (parent_task_id_)");

    /**
     * Jobs made before due dates were always set (or by an engine that does not set them) would never be acquired by
     * the due-date query: a job without a due date is due now.
     */
    static final String DUE_NOW = "update act_ru_job set duedate_ = current_timestamp where duedate_ is null";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnsureJobDueDateNotNull(true);
        configuration.setJobExecutorAcquireByDueDate(true);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        DataSource dataSource = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDataSource();
        try (Connection connection = dataSource.getConnection()) {
            apply(connection);
        } catch (SQLException e) {
            // Slower queries, not a broken application: the engine's own indexes still answer every query. The due
            // dates are another matter, so say which failed.
            log.warn("Could not add the engine's indexes or the missing job due dates: {}", e.getMessage());
        }
    }

    static void apply(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : INDEXES) {
                statement.execute(ddl);
            }
            int dated = statement.executeUpdate(DUE_NOW);
            if (dated > 0) {
                log.info("{} jobs without a due date are due now", dated);
            }
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }
}
