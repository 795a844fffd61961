-- The county board's read model (民主生活会总览), beside the engine's tables; the same on H2 and PostgreSQL.
-- The application runs this at every start (each statement does nothing when its table or index exists);
-- where a DBA manages the schema (DLM_DB_SCHEMA_UPDATE=false), run it once as the DBA. See docs/operations.md.

-- One row per cycle (democratic-life-meeting instance), running or ended.
CREATE TABLE IF NOT EXISTS DLM_BOARD_CYCLE (
  PROC_INST_ID_ VARCHAR(64) NOT NULL PRIMARY KEY,
  BUSINESS_KEY_ VARCHAR(255),
  YEAR_ INTEGER,
  STARTED_ TIMESTAMP,
  STATE_ VARCHAR(32),
  TEAM_ID_ VARCHAR(255),
  TEAM_NAME_ VARCHAR(255),
  PHASE_ VARCHAR(255),
  MEETING_DAY_ VARCHAR(64),
  WITHDRAWAL_ VARCHAR(4000),
  RECT_OPEN_ INTEGER,
  RECT_OVERDUE_ INTEGER,
  RECT_CLOSED_ INTEGER,
  RECT_CARRIED_OVER_ INTEGER,
  RECT_SOURCE_ VARCHAR(16)
);
CREATE INDEX IF NOT EXISTS DLM_IDX_BOARD_CYCLE_YEAR ON DLM_BOARD_CYCLE (YEAR_);

-- One row per open user task of a process tree, by the tree's root instance (the cycle) and its year.
CREATE TABLE IF NOT EXISTS DLM_BOARD_TASK (
  TASK_ID_ VARCHAR(64) NOT NULL PRIMARY KEY,
  CYCLE_ID_ VARCHAR(64) NOT NULL,
  YEAR_ INTEGER,
  PROC_DEF_ID_ VARCHAR(64),
  TASK_DEF_KEY_ VARCHAR(255),
  NAME_ VARCHAR(255),
  ASSIGNEE_ VARCHAR(255),
  DUE_ TIMESTAMP
);
CREATE INDEX IF NOT EXISTS DLM_IDX_BOARD_TASK_YEAR ON DLM_BOARD_TASK (YEAR_);
