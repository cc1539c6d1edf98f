/**
 * Schema migrations, applied in order; `user_version` records how many ran. Never edit a shipped one.
 * 4: a frame's input in its own column and a Map's per-item data in frame_values, so a step writes
 * only what changed; stuck_steps for the step watchdog; stop_date for purging by retention.
 * 5: the columns and indexes keyset pagination reads (versions, version and alias executions,
 * executions by status, activities by namespace).
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE state_machines (
    arn TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    record TEXT NOT NULL
  );
  CREATE TABLE executions (
    id INTEGER PRIMARY KEY,
    arn TEXT NOT NULL UNIQUE,
    state_machine_arn TEXT NOT NULL,
    status TEXT NOT NULL,
    start_date INTEGER NOT NULL,
    record TEXT NOT NULL,
    progress TEXT NOT NULL
  );
  CREATE INDEX executions_by_machine ON executions (state_machine_arn, start_date);
  CREATE INDEX executions_by_status ON executions (status);
  CREATE TABLE history_events (
    execution_id INTEGER NOT NULL,
    id INTEGER NOT NULL,
    event TEXT NOT NULL,
    PRIMARY KEY (execution_id, id)
  ) WITHOUT ROWID;
  CREATE TABLE frames (
    execution_id INTEGER NOT NULL,
    frame_id TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (execution_id, frame_id)
  ) WITHOUT ROWID;
  CREATE TABLE activities (
    arn TEXT PRIMARY KEY,
    record TEXT NOT NULL
  );
  `,
  `
  CREATE TABLE aliases (
    arn TEXT PRIMARY KEY,
    state_machine_arn TEXT NOT NULL,
    record TEXT NOT NULL
  );
  CREATE INDEX aliases_by_machine ON aliases (state_machine_arn);
  `,
  `
  CREATE TABLE map_runs (
    arn TEXT PRIMARY KEY,
    execution_arn TEXT NOT NULL,
    record TEXT NOT NULL
  );
  CREATE INDEX map_runs_by_execution ON map_runs (execution_arn);
  `,
  `
  ALTER TABLE frames ADD COLUMN input TEXT;
  CREATE TABLE frame_values (
    execution_id INTEGER NOT NULL,
    frame_id TEXT NOT NULL,
    key TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (execution_id, frame_id, key)
  ) WITHOUT ROWID;
  CREATE TABLE stuck_steps (
    execution_arn TEXT PRIMARY KEY,
    cause TEXT NOT NULL
  );
  ALTER TABLE executions ADD COLUMN stop_date INTEGER;
  UPDATE executions SET stop_date = json_extract(progress, '$.stopDate') WHERE status <> 'RUNNING';
  CREATE INDEX executions_by_stop_date ON executions (stop_date) WHERE stop_date IS NOT NULL;
  `,
  // Keyset pagination: every List operation reads a page through an index, never the whole table.
  `
  ALTER TABLE state_machines ADD COLUMN version_of TEXT;
  ALTER TABLE state_machines ADD COLUMN version_number INTEGER;
  UPDATE state_machines SET version_of = json_extract(record, '$.versionOf'), version_number = json_extract(record, '$.versionNumber');
  CREATE INDEX state_machines_unversioned ON state_machines (arn) WHERE version_of IS NULL;
  CREATE INDEX state_machine_versions ON state_machines (version_of, version_number) WHERE version_of IS NOT NULL;
  ALTER TABLE executions ADD COLUMN version_arn TEXT;
  ALTER TABLE executions ADD COLUMN alias_arn TEXT;
  UPDATE executions SET version_arn = json_extract(record, '$.stateMachineVersionArn'), alias_arn = json_extract(record, '$.stateMachineAliasArn');
  CREATE INDEX executions_by_machine_status ON executions (state_machine_arn, status, start_date);
  CREATE INDEX executions_by_version ON executions (version_arn, start_date) WHERE version_arn IS NOT NULL;
  CREATE INDEX executions_by_alias ON executions (alias_arn, start_date) WHERE alias_arn IS NOT NULL;
  ALTER TABLE activities ADD COLUMN namespace TEXT NOT NULL DEFAULT '';
  UPDATE activities SET namespace = substr(arn, 1, instr(arn, ':activity:'));
  CREATE INDEX activities_by_namespace ON activities (namespace);
  `,
  // A DISTRIBUTED Map's child executions: one row per iteration, updated in place when redriven.
  `
  CREATE TABLE map_children (
    map_run_arn TEXT NOT NULL,
    idx INTEGER NOT NULL,
    arn TEXT NOT NULL UNIQUE,
    parent_arn TEXT NOT NULL,
    state_machine_arn TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    start_date INTEGER NOT NULL,
    stop_date INTEGER,
    input TEXT NOT NULL,
    output TEXT,
    error TEXT,
    cause TEXT,
    redrive_count INTEGER NOT NULL DEFAULT 0,
    redrive_date INTEGER,
    PRIMARY KEY (map_run_arn, idx)
  ) WITHOUT ROWID;
  CREATE INDEX map_children_by_start ON map_children (map_run_arn, start_date, idx);
  CREATE INDEX map_children_by_parent ON map_children (parent_arn);
  CREATE TABLE map_child_events (
    map_run_arn TEXT NOT NULL,
    idx INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    event TEXT NOT NULL,
    PRIMARY KEY (map_run_arn, idx, seq)
  ) WITHOUT ROWID;
  `,
];
