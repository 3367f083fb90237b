package dev.partnerprogram.bench.generator;

import dev.partnerprogram.bench.engine.NoOpDelegates;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Starts open instances on the bench engine a few at a time, each on a thread of its own with its own engine clock:
 * one at a time, an instance's few commands spend most of their time waiting for PostgreSQL's answers. The caller
 * plans every instance (all random draws, ids and domain facts) on its own thread in a fixed order, and hands over
 * only the engine's part, which draws nothing; the instance's rows, which need its process instance id, are written
 * on the caller's thread too, in the order planned and at a fixed point of the plan ({@link #IN_FLIGHT} instances
 * later), so the data set stays the same for the same seed however the threads are scheduled.
 */
final class OpenStarts implements AutoCloseable {

    /** Engine threads: the COPY writer holds one of the loading pool's four connections. */
    static final int THREADS = 3;
    /** Instances planned ahead of the oldest one whose rows are still to be written. */
    static final int IN_FLIGHT = 16;

    /** The engine's part of an open instance after its start, at the moments the plan drew. */
    interface EngineSteps {
        EngineSteps NONE = (engine, processInstanceId) -> { };

        void run(ProcessEngine engine, String processInstanceId);

        default EngineSteps then(EngineSteps next) {
            return (engine, processInstanceId) -> {
                run(engine, processInstanceId);
                next.run(engine, processInstanceId);
            };
        }

        /** Completes the instance's one open task at {@code at}. */
        static EngineSteps completeTask(long at, Map<String, Object> variables) {
            return (engine, processInstanceId) -> EngineClock.completeTask(engine.getTaskService(), processInstanceId, at, variables);
        }

        /** Executes the instance's job at {@code activityId} at {@code at}. */
        static EngineSteps executeJob(String activityId, long at) {
            return (engine, processInstanceId) -> EngineClock.executeJob(engine.getManagementService(), processInstanceId, activityId, at);
        }
    }

    private record Pending(Future<String> processInstanceId, long partnerId, Consumer<String> rows) {}

    private final GenerationContext context;
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS, r -> {
        Thread thread = new Thread(r, "open-instances");
        thread.setDaemon(true);
        return thread;
    });
    private final Deque<Pending> pending = new ArrayDeque<>();

    OpenStarts(GenerationContext context) {
        this.context = context;
    }

    /**
     * Starts an open instance of {@code processKey} at {@code at}, business key = its subject's id, then runs
     * {@code steps} on it; {@code rows} writes the instance's domain rows once its id is known.
     */
    void start(String processKey, long at, long subjectId, long partnerId, Map<String, Object> variables, EngineSteps steps,
               Consumer<String> rows) {
        ProcessEngine engine = context.engine();
        Future<String> started = threads.submit(() -> {
            NoOpDelegates.register();
            try {
                EngineClock.at(at);
                String pi = engine.getRuntimeService().startProcessInstanceByKey(processKey, Long.toString(subjectId),
                        variables).getId();
                steps.run(engine, pi);
                return pi;
            } finally {
                EngineClock.reset();
            }
        });
        pending.addLast(new Pending(started, partnerId, rows));
        if (pending.size() > IN_FLIGHT) {
            writeOldest();
        }
    }

    /** Waits for every instance started and writes the rows of those not yet written. */
    void finish() {
        while (!pending.isEmpty()) {
            writeOldest();
        }
    }

    private void writeOldest() {
        Pending oldest = pending.removeFirst();
        String pi;
        try {
            pi = oldest.processInstanceId().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting open instances", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        context.openSubject(pi, oldest.partnerId());
        oldest.rows().accept(pi);
    }

    /** Stops the threads; instances not finished are abandoned (a failed generation is dropped anyway). */
    @Override
    public void close() {
        threads.shutdownNow();
    }
}
