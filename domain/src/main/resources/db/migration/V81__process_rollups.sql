-- Rollups of the engine's history for the managers' dashboards (docs/adr/0007-dashboard-rollups.md): a page load reads
-- these small tables, never ACT_HI_*, so its cost follows the number of days, processes and steps, not of instances.
-- Kept by a history event handler in the engine's own transaction (workflow.dashboard.RollupHistoryHandler) and
-- recomputed for a range of days from the history by a rebuild (POST /api/admin/dashboard-rollups/rebuild).

-- One row per day (in the program's time zone) × process × kind × item × detail × bucket, holding how many events and
-- the sum of their durations. Kinds: INSTANCE_STARTED; INSTANCE_ENDED (item: the end event, detail: the engine's state);
-- INSTANCE_DURATION and TASK_DURATION (a histogram: bucket is the fixed log-scale bucket of the duration, 8 per doubling
-- from one second); INSTANCE_REWORKED (instances that ended having done one task twice); STEP_ENDED and TASK_ENDED
-- (item: the activity or task key); TASK_DEADLINE and TASK_LATE (item: the task, detail: the group it was offered to).
-- Periods longer than a day are sums of these rows.
create table process_day_figure (
    on_day      date         not null,
    process_key varchar(255) not null,
    kind        varchar(20)  not null,
    item        varchar(255) not null,
    detail      varchar(255) not null,
    bucket      smallint     not null,
    occurrences bigint       not null,
    duration_ms bigint       not null,
    primary key (process_key, kind, on_day, item, detail, bucket)
);
-- The overview reads every process of a period by kind.
create index ix_process_day_figure_kind_day on process_day_figure (kind, on_day);

-- What is open now, per process: instances (kind INSTANCE, item ''), tokens at a step (STEP) and user tasks (TASK).
-- A counter raised when one starts and lowered when it ends, so "open now" does not sum the whole history.
create table process_open_figure (
    process_key varchar(255) not null,
    kind        varchar(20)  not null,
    item        varchar(255) not null,
    open_now    bigint       not null,
    primary key (process_key, kind, item)
);
