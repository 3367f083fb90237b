-- Finished user tasks that had a deadline, with the group they were offered to. The engine keeps candidate groups in
-- its history only at history level FULL (we run ACTIVITY), and the SLA table per group needs them for finished tasks.
-- One row per completed task with a due date, written by the inbox's task listener in the engine's transaction.
create table finished_task_deadline (
    task_id     varchar(64)  primary key,
    process_key varchar(255) not null,
    task_key    varchar(255) not null,
    group_id    varchar(255) not null,
    due_at      timestamp with time zone not null,
    ended_at    timestamp with time zone not null
);
create index ix_finished_task_deadline_process on finished_task_deadline (process_key, ended_at);
