package dev.partnerprogram.workflow.dashboard;

import dev.partnerprogram.dashboard.ProcessRollups;
import dev.partnerprogram.dashboard.ProcessRollups.Kind;
import dev.partnerprogram.dashboard.ProcessRollups.Open;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the dashboards' rollups from the engine's history events, next to the engine's own handler that writes
 * ACT_HI_*: an instance, a step or a user task that starts or ends adds to its day's row, in the transaction of the
 * command that wrote the history (ADR 0007). Events of a task outside any process are not on the dashboards.
 */
class RollupHistoryHandler implements HistoryEventHandler {
    /** Whether the instance did one task twice: its tasks are in the history already, written by earlier commands. */
    static final String REWORKED = "select count(*) from (select task_def_key_ from act_hi_taskinst where proc_inst_id_ = ?"
            + " group by task_def_key_ having count(*) > 1) r";

    private final ObjectProvider<ProcessRollups> rollups;
    private final ObjectProvider<JdbcTemplate> jdbc;

    RollupHistoryHandler(ObjectProvider<ProcessRollups> rollups, ObjectProvider<JdbcTemplate> jdbc) {
        this.rollups = rollups;
        this.jdbc = jdbc;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event.getProcessDefinitionKey() == null) {
            return;
        }
        if (event instanceof HistoricProcessInstanceEventEntity instance) {
            instance(instance);
        } else if (event instanceof HistoricActivityInstanceEventEntity step) {
            step(step);
        } else if (event instanceof HistoricTaskInstanceEventEntity task) {
            task(task);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    private void instance(HistoricProcessInstanceEventEntity event) {
        ProcessRollups figures = rollups.getObject();
        String key = event.getProcessDefinitionKey();
        if (event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_START)) {
            figures.count(event.getStartTime().toInstant(), key, Kind.INSTANCE_STARTED, "", "", 0);
            figures.open(key, Open.INSTANCE, "", 1);
        } else if (event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
            Instant ended = event.getEndTime().toInstant();
            Long duration = event.getDurationInMillis();
            figures.count(ended, key, Kind.INSTANCE_ENDED, event.getEndActivityId(), event.getState(), duration == null ? 0 : duration);
            if (duration != null) {
                figures.duration(ended, key, Kind.INSTANCE_DURATION, "", duration);
            }
            Long repeated = jdbc.getObject().queryForObject(REWORKED, Long.class, event.getProcessInstanceId());
            if (repeated != null && repeated > 0) {
                figures.count(ended, key, Kind.INSTANCE_REWORKED, "", "", 0);
            }
            figures.open(key, Open.INSTANCE, "", -1);
        }
    }

    private void step(HistoricActivityInstanceEventEntity event) {
        ProcessRollups figures = rollups.getObject();
        String key = event.getProcessDefinitionKey();
        if (event.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_START)) {
            figures.open(key, Open.STEP, event.getActivityId(), 1);
        } else if (event.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_END)) {
            Long duration = event.getDurationInMillis();
            figures.count(event.getEndTime().toInstant(), key, Kind.STEP_ENDED, event.getActivityId(), "", duration == null ? 0 : duration);
            figures.open(key, Open.STEP, event.getActivityId(), -1);
        }
    }

    private void task(HistoricTaskInstanceEventEntity event) {
        ProcessRollups figures = rollups.getObject();
        String key = event.getProcessDefinitionKey();
        if (event.isEventOfType(HistoryEventTypes.TASK_INSTANCE_CREATE)) {
            figures.open(key, Open.TASK, event.getTaskDefinitionKey(), 1);
        } else if (event.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE)
                || event.isEventOfType(HistoryEventTypes.TASK_INSTANCE_DELETE)) {
            Long duration = event.getDurationInMillis();
            if (duration != null) {
                Instant ended = event.getEndTime().toInstant();
                figures.count(ended, key, Kind.TASK_ENDED, event.getTaskDefinitionKey(), "", duration);
                figures.duration(ended, key, Kind.TASK_DURATION, event.getTaskDefinitionKey(), duration);
            }
            figures.open(key, Open.TASK, event.getTaskDefinitionKey(), -1);
        }
    }
}
