-- What the reminder sweep (催办巡检) has done about each open task: one row per task reminded or escalated, written
-- in the sweep's own transaction with the mails it queues. The sweep removes the rows of tasks no longer open.
-- The application runs this at every start (each statement does nothing when its table exists); where a DBA
-- manages the schema (DLM_DB_SCHEMA_UPDATE=false), run it once as the DBA. See docs/operations.md.
CREATE TABLE IF NOT EXISTS DLM_TASK_REMINDER (
  TASK_ID_ VARCHAR(64) NOT NULL PRIMARY KEY,
  LAST_REMINDED_AT_ TIMESTAMP,
  REMINDER_COUNT_ INTEGER NOT NULL,
  LAST_ESCALATED_AT_ TIMESTAMP,
  ESCALATION_COUNT_ INTEGER NOT NULL
);
