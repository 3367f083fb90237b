-- The inbox's orders end with the task id, which makes them total: keyset paging ("the tasks after this one") then
-- reads the next rows of one index. The older indexes are the prefixes of these.
-- Camunda's ACT_RU_TASK gets no index here: on a new database Flyway runs before the engine creates its tables, and the
-- inbox reads this read model, never ACT_RU_TASK.
create index ix_inbox_task_due_order on inbox_task (due_at, created_at, task_id);
create index ix_inbox_task_created_order on inbox_task (created_at, task_id);
drop index ix_inbox_task_due;
drop index ix_inbox_task_created;
