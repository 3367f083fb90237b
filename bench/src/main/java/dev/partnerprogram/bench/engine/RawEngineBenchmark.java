package dev.partnerprogram.bench.engine;

import static dev.partnerprogram.processes.PartnerApplicationProcess.APPLICATION_ID;
import static dev.partnerprogram.processes.PartnerApplicationProcess.DECISION;
import static dev.partnerprogram.processes.PartnerApplicationProcess.PARTNER_ID;

import com.zaxxer.hikari.HikariDataSource;
import dev.partnerprogram.bench.db.DatabaseStats;
import dev.partnerprogram.bench.db.PostgresServer;
import dev.partnerprogram.bench.report.Load;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import dev.partnerprogram.processes.PartnerApplicationProcess.Decision;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;

/**
 * The ceiling the engine allows: the real BPMN driven in-process through RuntimeService and TaskService with no-op
 * delegates, K threads each running the full join lifecycle (review, agreement upload and check, basic training,
 * the asynchronous grant) back to back. Engine transactions are the database's committed transactions over the run.
 */
public final class RawEngineBenchmark {

    /** Lifecycles and the transactions they committed; {@code commits} counts every commit in the database meanwhile. */
    public record Result(Load.Outcome load, long commits) {
        public double commitsPerSecond() {
            return load.seconds() > 0 ? commits / load.seconds() : 0;
        }

        public double commitsPerLifecycle() {
            return load.lifecycles() > 0 ? (double) commits / load.lifecycles() : 0;
        }
    }

    /** Far above any application id the data set or the application makes, so no message reaches a real one. */
    private static final long FIRST_ID = 2_000_000_000L;
    private static final AtomicLong NEXT_ID = new AtomicLong(FIRST_ID);

    private final PostgresServer server;
    private final String database;

    public RawEngineBenchmark(PostgresServer server, String database) {
        this.server = server;
        this.database = database;
    }

    /**
     * A warm-up (not counted), then the measured run on the same engine. Around the measured run every connection
     * of the pool is closed, so each backend has reported its commits when the count is read: the engine's start-up
     * and the warm-up are not in it, and the whole run is.
     */
    public Result run(int clients, Duration warmup, Duration duration, Integer lifecycles) {
        HikariDataSource dataSource = server.dataSource(database, clients + 2);
        ProcessEngine engine = null;
        try {
            engine = BenchEngine.start(dataSource);
            if (warmup != null && !warmup.isZero()) {
                load(engine, clients, warmup, null);
            }
            Set<Integer> used = DatabaseStats.backends(server, database);
            dataSource.getHikariPoolMXBean().softEvictConnections();
            DatabaseStats.awaitGone(server, database, used);
            long before = DatabaseStats.commits(server, database);
            Load.Outcome outcome = load(engine, clients, duration, lifecycles);
            engine.close();
            engine = null;
            dataSource.close();
            DatabaseStats.awaitNoOtherConnections(server, database);
            return new Result(outcome, DatabaseStats.commits(server, database) - before);
        } finally {
            if (engine != null) {
                engine.close();
            }
            dataSource.close();
        }
    }

    private static Load.Outcome load(ProcessEngine engine, int clients, Duration duration, Integer lifecycles) {
        return Load.run("raw engine lifecycle", clients, duration, lifecycles, worker -> NoOpDelegates.register(),
                worker -> lifecycle(engine));
    }

    /** The same path as the full stack's simulated users: approve, upload, confirm, training passed, grant. */
    static void lifecycle(ProcessEngine engine) {
        var runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();
        long id = NEXT_ID.incrementAndGet();
        String businessKey = Long.toString(id);
        String pi = runtime.startProcessInstanceByKey(PartnerApplicationProcess.KEY, businessKey,
                Map.of(APPLICATION_ID.name(), id, PARTNER_ID.name(), id)).getId();
        complete(tasks, pi, PartnerApplicationProcess.USER_REVIEW_APPLICATION, Map.of(DECISION.name(), DECISION.value(Decision.APPROVE.name())));
        complete(tasks, pi, PartnerApplicationProcess.USER_UPLOAD_AGREEMENT, Map.of());
        complete(tasks, pi, PartnerApplicationProcess.USER_CONFIRM_AGREEMENT, Map.of(DECISION.name(), DECISION.value(Decision.APPROVE.name())));
        // What training-enrollment does when the trainer records a pass of the basic course.
        runtime.createMessageCorrelation(PartnerApplicationProcess.MESSAGE_BASIC_TRAINING_PASSED)
                .processInstanceVariableEquals(PARTNER_ID.name(), id)
                .correlateAllWithResult();
        var management = engine.getManagementService();
        var grant = management.createJobQuery().processInstanceId(pi).singleResult();
        if (grant == null) {
            throw new IllegalStateException("No grant job for " + pi);
        }
        management.executeJob(grant.getId());
    }

    private static void complete(TaskService tasks, String processInstanceId, String taskKey, Map<String, Object> variables) {
        var task = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        if (task == null || !taskKey.equals(task.getTaskDefinitionKey())) {
            throw new IllegalStateException("Expected task " + taskKey + " in " + processInstanceId + ", found "
                    + (task == null ? "none" : task.getTaskDefinitionKey()));
        }
        tasks.complete(task.getId(), variables);
    }
}
