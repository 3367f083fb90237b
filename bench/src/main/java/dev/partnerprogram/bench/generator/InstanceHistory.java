package dev.partnerprogram.bench.generator;

import dev.partnerprogram.bench.generator.CopyWriter.EngineTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The history of one finished process instance, recorded as a walk through its model on a clock of milliseconds
 * from the story's start, then written as the rows the engine writes at history level {@code activity}:
 * {@code ACT_HI_PROCINST}, {@code ACT_HI_ACTINST} and, for user tasks, {@code ACT_HI_TASKINST}.
 * The row shapes (states, delete reasons, priorities, removal times) follow what Camunda 7.24 writes itself.
 */
final class InstanceHistory {

    static final List<String> PROCINST_COLUMNS = List.of("id_", "proc_inst_id_", "business_key_", "proc_def_key_",
            "proc_def_id_", "start_time_", "end_time_", "removal_time_", "duration_", "start_act_id_", "end_act_id_",
            "root_proc_inst_id_", "state_");
    static final List<String> ACTINST_COLUMNS = List.of("id_", "parent_act_inst_id_", "proc_def_key_", "proc_def_id_",
            "root_proc_inst_id_", "proc_inst_id_", "execution_id_", "act_id_", "task_id_", "act_name_", "act_type_",
            "start_time_", "end_time_", "duration_", "act_inst_state_", "sequence_counter_", "removal_time_");
    static final List<String> TASKINST_COLUMNS = List.of("id_", "task_def_key_", "proc_def_key_", "proc_def_id_",
            "root_proc_inst_id_", "proc_inst_id_", "execution_id_", "act_inst_id_", "name_", "start_time_", "end_time_",
            "duration_", "delete_reason_", "priority_", "due_date_", "removal_time_", "task_state_");

    // ACT_INST_STATE_ as the engine writes it: a normal end, the end of a scope (end events), a cancellation.
    private static final int ENDED = 4;
    private static final int SCOPE_COMPLETE = 1;
    private static final int CANCELED = 2;
    private static final int DEFAULT_TASK_PRIORITY = 50;

    private record Record(String activityId, String instanceId, String parentId, String executionId, String taskId,
                          long start, long end, int state, Long due) {}

    private final ProcessModel model;
    private final Ids ids;
    private final String id;
    private final String businessKey;
    private final long startedAt;
    private final List<Record> records = new ArrayList<>();
    private String startActivity;
    private String endActivity;
    private long endedAt = -1;
    private long clock;
    /** Set inside an event subprocess: its activity instance and execution. */
    private String scopeInstance;
    private String scopeExecution;

    InstanceHistory(ProcessModel model, Ids ids, String businessKey, long startedAt) {
        this.model = model;
        this.ids = ids;
        this.id = ids.uuid();
        this.businessKey = businessKey;
        this.startedAt = startedAt;
        this.clock = startedAt;
    }

    String id() {
        return id;
    }

    long clock() {
        return clock;
    }

    long endedAt() {
        return endedAt;
    }

    /** Lets time pass outside any activity (a waiting message catch is recorded with {@link #waitUntil}). */
    void advanceTo(long at) {
        clock = Math.max(clock, at);
    }

    /** A start event, gateway or end event: over in a moment. */
    InstanceHistory pass(String activityId) {
        if (startActivity == null) {
            startActivity = activityId;
        }
        return activity(activityId, clock, clock, ENDED);
    }

    /** A service task, taking {@code millis}. */
    InstanceHistory run(String activityId, long millis) {
        return activity(activityId, clock, clock + millis, ENDED);
    }

    /** A message catch that waits until {@code at}. */
    InstanceHistory waitUntil(String activityId, long at) {
        return activity(activityId, clock, Math.max(clock, at), ENDED);
    }

    /** A user task completed after {@code millis}; {@code due} is an absolute offset or null. */
    InstanceHistory task(String activityId, long millis, Long due) {
        records.add(new Record(activityId, instanceId(activityId), parent(), execution(activityId), ids.uuid(),
                clock, clock + millis, ENDED, due));
        clock += millis;
        return this;
    }

    /** A user task cancelled after {@code millis} by a timer or an interrupting event. */
    InstanceHistory cancelledTask(String activityId, long millis, Long due) {
        records.add(new Record(activityId, instanceId(activityId), parent(), execution(activityId), ids.uuid(),
                clock, clock + millis, CANCELED, due));
        clock += millis;
        return this;
    }

    /** A non-interrupting branch (a boundary timer and what follows it) running at {@code at} beside the main path. */
    InstanceHistory branch(long at, String... activityIds) {
        String execution = ids.uuid();
        long t = at;
        for (int i = 0; i < activityIds.length; i++) {
            boolean last = i == activityIds.length - 1;
            long end = t + (isType(activityIds[i], "serviceTask") ? 5 : 0);
            records.add(new Record(activityIds[i], instanceId(activityIds[i]), parent(), execution, null, t, end,
                    last ? SCOPE_COMPLETE : ENDED, null));
            t = end;
        }
        return this;
    }

    /** Enters an interrupting event subprocess: its activities are recorded inside it until {@link #end}. */
    InstanceHistory enterSubprocess(String subprocessId) {
        String instance = instanceId(subprocessId);
        String execution = ids.uuid();
        records.add(new Record(subprocessId, instance, id, execution, null, clock, -1, SCOPE_COMPLETE, null));
        scopeInstance = instance;
        scopeExecution = execution;
        return this;
    }

    /** The end event of an embedded subprocess entered with {@link #enterSubprocess}; the instance goes on after it. */
    InstanceHistory leaveSubprocess(String endEventId) {
        activity(endEventId, clock, clock, SCOPE_COMPLETE);
        closeScope(SCOPE_COMPLETE);
        return this;
    }

    /** An interrupting boundary event at {@code at} cancels the subprocess and the catch event waiting in it. */
    InstanceHistory interruptSubprocess(String waitingActivityId, long at) {
        activity(waitingActivityId, clock, Math.max(clock, at), CANCELED);
        closeScope(CANCELED);
        return this;
    }

    private void closeScope(int state) {
        Record sub = records.stream().filter(r -> r.instanceId().equals(scopeInstance)).findFirst().orElseThrow();
        records.set(records.indexOf(sub), new Record(sub.activityId(), sub.instanceId(), sub.parentId(), sub.executionId(),
                null, sub.start(), clock, state, null));
        scopeInstance = null;
        scopeExecution = null;
    }

    /** The end event; ends the instance (and an entered subprocess) at the current clock. */
    InstanceHistory end(String endEventId) {
        activity(endEventId, clock, clock, SCOPE_COMPLETE);
        if (scopeInstance != null) {
            Record sub = records.stream().filter(r -> r.instanceId().equals(scopeInstance)).findFirst().orElseThrow();
            records.set(records.indexOf(sub), new Record(sub.activityId(), sub.instanceId(), sub.parentId(),
                    sub.executionId(), null, sub.start(), clock, sub.state(), null));
            endActivity = sub.activityId();
        } else {
            endActivity = endEventId;
        }
        endedAt = clock;
        return this;
    }

    /** Writes the rows, placing the story's millisecond {@code t} at {@code time.apply(t)}. */
    void write(CopyWriter out, LongFunction<Instant> time) {
        if (endedAt < 0) {
            throw new IllegalStateException("The instance has not ended");
        }
        Instant start = time.apply(startedAt);
        Instant end = time.apply(endedAt);
        EngineTime removal = new EngineTime(end.plus(Duration.ofDays(model.historyTimeToLiveDays())));
        out.row("act_hi_procinst", id, id, businessKey, model.key(), model.id(), new EngineTime(start), new EngineTime(end),
                removal, end.toEpochMilli() - start.toEpochMilli(), startActivity, endActivity, id, "COMPLETED");
        long sequence = 1;
        for (Record r : records) {
            ProcessModel.Activity activity = model.activity(r.activityId());
            Instant s = time.apply(r.start());
            Instant e = time.apply(r.end());
            long duration = e.toEpochMilli() - s.toEpochMilli();
            out.row("act_hi_actinst", r.instanceId(), r.parentId(), model.key(), model.id(), id, id, r.executionId(),
                    r.activityId(), r.taskId(), activity.name(), activity.type(), new EngineTime(s), new EngineTime(e),
                    duration, r.state(), sequence, removal);
            sequence += 2;
            if (r.taskId() != null) {
                boolean completed = r.state() == ENDED;
                out.row("act_hi_taskinst", r.taskId(), r.activityId(), model.key(), model.id(), id, id, r.executionId(),
                        r.instanceId(), activity.name(), new EngineTime(s), new EngineTime(e), duration,
                        completed ? "completed" : "deleted", DEFAULT_TASK_PRIORITY,
                        r.due() == null ? null : new EngineTime(time.apply(r.due())), removal,
                        completed ? "Completed" : "Deleted");
                if (completed && r.due() != null && activity.deadlineGroup() != null) {
                    out.row("finished_task_deadline", r.taskId(), model.key(), r.activityId(), activity.deadlineGroup(),
                            time.apply(r.due()), e);
                }
            }
        }
    }

    int activityCount() {
        return records.size();
    }

    int taskCount() {
        return (int) records.stream().filter(r -> r.taskId() != null).count();
    }

    private InstanceHistory activity(String activityId, long start, long end, int state) {
        records.add(new Record(activityId, instanceId(activityId), parent(), execution(activityId), null, start, end, state, null));
        clock = end;
        return this;
    }

    /** As the engine forms it: the activity id and a UUID, or the UUID alone where both exceed the 64-character column. */
    private String instanceId(String activityId) {
        String uuid = ids.uuid();
        String id = activityId + ":" + uuid;
        return id.length() <= 64 ? id : uuid;
    }

    private String parent() {
        return scopeInstance != null ? scopeInstance : id;
    }

    /** Scope activities (a task with a boundary event, say) run in an execution of their own, as in the engine. */
    private String execution(String activityId) {
        if (scopeExecution != null) {
            return scopeExecution;
        }
        return model.activity(activityId).scope() ? ids.uuid() : id;
    }

    private boolean isType(String activityId, String type) {
        return type.equals(model.activity(activityId).type());
    }
}
