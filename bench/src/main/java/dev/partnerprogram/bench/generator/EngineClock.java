package dev.partnerprogram.bench.generator;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives the bench engine through an open instance's past: each step runs with the engine's clock set to the moment
 * it happened, so the runtime and history rows carry the generated timeline. Call {@link #reset} when done.
 */
final class EngineClock {
    private EngineClock() {}

    static void at(long epochMillis) {
        ClockUtil.setCurrentTime(new Date(epochMillis));
    }

    static void reset() {
        ClockUtil.reset();
    }

    /** Completes the instance's one open task at {@code at}. */
    static void completeTask(TaskService tasks, String processInstanceId, long at, Map<String, Object> variables) {
        at(at);
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        tasks.complete(task.getId(), variables);
    }
}
