package dev.partnerprogram.bench.generator;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.joda.time.DateTimeUtils;

/**
 * Drives the bench engine through an open instance's past: each step runs with the engine's clock set to the moment
 * it happened, so the runtime and history rows carry the generated timeline. The clock is the calling thread's own
 * (the engine reads its time through Joda's {@link DateTimeUtils}, whose provider this replaces), so several threads
 * can each drive an instance through a different past at once. Call {@link #reset} when the thread is done.
 */
final class EngineClock {
    private EngineClock() {}

    private static final ThreadLocal<Long> SET_AT = new ThreadLocal<>();

    static {
        DateTimeUtils.setCurrentMillisProvider(() -> {
            Long at = SET_AT.get();
            return at != null ? at : System.currentTimeMillis();
        });
    }

    static void at(long epochMillis) {
        SET_AT.set(epochMillis);
    }

    /** The calling thread's engine clock tells the real time again. */
    static void reset() {
        SET_AT.remove();
    }

    /** Completes the instance's one open task at {@code at}. */
    static void completeTask(TaskService tasks, String processInstanceId, long at, Map<String, Object> variables) {
        at(at);
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        tasks.complete(task.getId(), variables);
    }

    /**
     * Executes the instance's one job at {@code activityId} (an asynchronous continuation, a timer) at {@code at}, as
     * the application's job executor would once it is due.
     */
    static void executeJob(ManagementService management, String processInstanceId, String activityId, long at) {
        at(at);
        Job job = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).singleResult();
        if (job == null) {
            throw new IllegalStateException("No job at " + activityId + " in " + processInstanceId);
        }
        management.executeJob(job.getId());
    }
}
