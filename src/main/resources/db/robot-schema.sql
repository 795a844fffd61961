-- The work groups' robots (群机器人): one row per group with a robot. Address and secret live here and nowhere
-- else (no variable, history row or log line holds them). Run at every start like every db/*-schema.sql; see
-- docs/operations.md.
CREATE TABLE IF NOT EXISTS DLM_GROUP_ROBOT (
  GROUP_ID_ VARCHAR(64) PRIMARY KEY,
  KIND_ VARCHAR(16) NOT NULL,
  WEBHOOK_ VARCHAR(1000) NOT NULL,
  SECRET_ VARCHAR(200),
  UPDATED_BY_ VARCHAR(64),
  UPDATED_AT_ TIMESTAMP
);
