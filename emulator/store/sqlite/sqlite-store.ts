import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import type { HistoryEvent } from "../../asl/history/history-event";
import type {
  ActivityRecord,
  AliasRecord,
  ExecutionRecord,
  MapRunRecord,
  ExecutionStatus,
  FrameRecord,
  FrameValueRecord,
  StateMachineRecord,
} from "../records";
import type { HistoryPage, StepWatch, StepWrite, Store } from "../store";
import { clearTables } from "./clear-tables";
import { openFailure, prepareDataDir } from "../data-dir";
import { MIGRATIONS } from "./migrations";
import { purgeClosedExecutions } from "./retention-purge";
import { NO_STEP_WATCH, startStepWatchdog } from "./step-watchdog";

/** Opens the store in `dataDir`, or in memory when `dataDir` is undefined (for --in-memory and tests). */
export function openSqliteStore(dataDir: string | undefined): Store {
  let file = ":memory:";
  if (dataDir !== undefined) file = path.join(prepareDataDir(dataDir), "sfn-emulator.sqlite");
  let db: Database.Database;
  try {
    db = new Database(file);
    db.pragma("journal_mode = WAL");
  } catch (error) {
    if (dataDir === undefined) throw error;
    throw openFailure(dataDir, error);
  }
  // NORMAL is durable across process crashes in WAL mode; only an OS crash could lose the last commits.
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = OFF");
  migrate(db);
  return new SqliteStore(db, dataDir === undefined ? undefined : file);
}

function migrate(db: Database.Database): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

class SqliteStore implements Store {
  private readonly statements;
  private readonly executionIds = new Map<string, number>();
  /** StartExecution reads its machine every time; parsing a large definition record each time showed in profiles. */
  private readonly machines = new Map<string, StateMachineRecord>();
  private readonly writeStep: (write: StepWrite, insert: boolean) => void;
  private readonly writeSteps: (writes: readonly StepWrite[]) => void;

  constructor(
    private readonly db: Database.Database,
    /** The database file, for the step watchdog's own connection; undefined in memory. */
    private readonly file: string | undefined,
  ) {
    this.statements = {
      putMachine: db.prepare("INSERT OR REPLACE INTO state_machines (arn, name, record) VALUES (?, ?, ?)"),
      getMachine: db.prepare("SELECT record FROM state_machines WHERE arn = ?").pluck(),
      deleteMachine: db.prepare("DELETE FROM state_machines WHERE arn = ?"),
      listMachines: db.prepare("SELECT record FROM state_machines ORDER BY name").pluck(),
      insertExecution: db.prepare(
        "INSERT INTO executions (arn, state_machine_arn, status, start_date, record, progress) VALUES (?, ?, ?, ?, ?, ?)",
      ),
      updateExecution: db.prepare("UPDATE executions SET status = ?, progress = ?, stop_date = ? WHERE id = ?"),
      executionId: db.prepare("SELECT id FROM executions WHERE arn = ?").pluck(),
      getExecution: db.prepare("SELECT record, progress FROM executions WHERE arn = ?"),
      listExecutions: db.prepare(
        "SELECT record, progress FROM executions WHERE state_machine_arn = ? ORDER BY start_date DESC, id DESC",
      ),
      listExecutionsByStatus: db.prepare(
        "SELECT record, progress FROM executions WHERE state_machine_arn = ? AND status = ? ORDER BY start_date DESC, id DESC",
      ),
      listRunning: db.prepare("SELECT record, progress FROM executions WHERE status = 'RUNNING'"),
      insertEvent: db.prepare("INSERT INTO history_events (execution_id, id, event) VALUES (?, ?, ?)"),
      historyForward: db
        .prepare("SELECT event FROM history_events WHERE execution_id = ? AND id > ? ORDER BY id LIMIT ?")
        .pluck(),
      historyBackward: db
        .prepare("SELECT event FROM history_events WHERE execution_id = ? AND id < ? ORDER BY id DESC LIMIT ?")
        .pluck(),
      upsertFrame: db.prepare("INSERT OR REPLACE INTO frames (execution_id, frame_id, data, input) VALUES (?, ?, ?, ?)"),
      // A frame whose input did not change keeps the input it has on disk.
      updateFrameData: db.prepare(
        "INSERT INTO frames (execution_id, frame_id, data) VALUES (?, ?, ?) ON CONFLICT (execution_id, frame_id) DO UPDATE SET data = excluded.data",
      ),
      deleteFrame: db.prepare("DELETE FROM frames WHERE execution_id = ? AND frame_id = ?"),
      deleteFrames: db.prepare("DELETE FROM frames WHERE execution_id = ?"),
      getFrames: db.prepare("SELECT frame_id AS frameId, data, input FROM frames WHERE execution_id = ?"),
      putValue: db.prepare("INSERT OR REPLACE INTO frame_values (execution_id, frame_id, key, data) VALUES (?, ?, ?, ?)"),
      deleteFrameValues: db.prepare("DELETE FROM frame_values WHERE execution_id = ? AND frame_id = ?"),
      deleteAllValues: db.prepare("DELETE FROM frame_values WHERE execution_id = ?"),
      getValues: db.prepare("SELECT frame_id AS frameId, key, data FROM frame_values WHERE execution_id = ?"),
      recordStuck: db.prepare("INSERT OR REPLACE INTO stuck_steps (execution_arn, cause) VALUES (?, ?)"),
      takeStuck: db.prepare("DELETE FROM stuck_steps RETURNING execution_arn AS executionArn, cause"),
      putActivity: db.prepare("INSERT OR REPLACE INTO activities (arn, record) VALUES (?, ?)"),
      getActivity: db.prepare("SELECT record FROM activities WHERE arn = ?").pluck(),
      deleteActivity: db.prepare("DELETE FROM activities WHERE arn = ?"),
      listActivities: db.prepare("SELECT record FROM activities ORDER BY rowid").pluck(),
      putAlias: db.prepare("INSERT OR REPLACE INTO aliases (arn, state_machine_arn, record) VALUES (?, ?, ?)"),
      getAlias: db.prepare("SELECT record FROM aliases WHERE arn = ?").pluck(),
      deleteAlias: db.prepare("DELETE FROM aliases WHERE arn = ?"),
      listAliases: db.prepare("SELECT record FROM aliases WHERE state_machine_arn = ? ORDER BY rowid").pluck(),
      putMapRun: db.prepare("INSERT OR REPLACE INTO map_runs (arn, execution_arn, record) VALUES (?, ?, ?)"),
      getMapRun: db.prepare("SELECT record FROM map_runs WHERE arn = ?").pluck(),
      listMapRuns: db.prepare("SELECT record FROM map_runs WHERE execution_arn = ? ORDER BY rowid").pluck(),
    };
    const writeOne = (write: StepWrite, insert: boolean) => {
      const { execution } = write;
      const progress = JSON.stringify(progressOf(execution));
      let id: number;
      if (insert) {
        const result = this.statements.insertExecution.run(
          execution.executionArn,
          execution.stateMachineArn,
          execution.status,
          execution.startDate,
          JSON.stringify(staticPartOf(execution)),
          progress,
        );
        id = Number(result.lastInsertRowid);
        this.executionIds.set(execution.executionArn, id);
      } else {
        id = this.requireExecutionId(execution.executionArn);
        this.statements.updateExecution.run(execution.status, progress, execution.stopDate ?? null, id);
      }
      for (const event of write.events) this.statements.insertEvent.run(id, event.id, JSON.stringify(event));
      if (write.deleteAllFrames) {
        this.statements.deleteFrames.run(id);
        this.statements.deleteAllValues.run(id);
        return;
      }
      for (const frameId of write.deleteFrames) {
        this.statements.deleteFrame.run(id, frameId);
        this.statements.deleteFrameValues.run(id, frameId);
      }
      for (const frameId of write.clearValues ?? []) this.statements.deleteFrameValues.run(id, frameId);
      for (const frame of write.upsertFrames) {
        if (frame.input === undefined) this.statements.updateFrameData.run(id, frame.frameId, JSON.stringify(frame.data));
        else this.statements.upsertFrame.run(id, frame.frameId, JSON.stringify(frame.data), JSON.stringify(frame.input));
      }
      for (const value of write.values ?? []) this.statements.putValue.run(id, value.frameId, value.key, JSON.stringify(value.data));
    };
    this.writeStep = db.transaction(writeOne);
    this.writeSteps = db.transaction((writes: readonly StepWrite[]) => {
      for (const write of writes) writeOne(write, false);
    });
  }

  /** Executions are keyed by a small integer in the big tables; the ARN is looked up once. */
  private executionId(arn: string): number | undefined {
    let id = this.executionIds.get(arn);
    if (id === undefined) {
      const row = this.statements.executionId.get(arn) as number | undefined;
      if (row === undefined) return undefined;
      id = row;
      this.executionIds.set(arn, id);
    }
    return id;
  }

  private requireExecutionId(arn: string): number {
    const id = this.executionId(arn);
    if (id === undefined) throw new Error(`No execution ${arn} in the store`);
    return id;
  }

  putStateMachine(record: StateMachineRecord): void {
    this.statements.putMachine.run(record.stateMachineArn, record.name, JSON.stringify(record));
    this.machines.set(record.stateMachineArn, copyMachine(record));
  }
  getStateMachine(arn: string): StateMachineRecord | undefined {
    let record = this.machines.get(arn);
    if (record === undefined) {
      record = parseOptional<StateMachineRecord>(this.statements.getMachine.get(arn));
      if (record === undefined) return undefined;
      this.machines.set(arn, record);
    }
    return copyMachine(record);
  }
  deleteStateMachine(arn: string): void {
    this.statements.deleteMachine.run(arn);
    this.machines.delete(arn);
  }
  listStateMachines(): StateMachineRecord[] {
    return parseAll(this.statements.listMachines.all());
  }

  createExecution(write: StepWrite): void {
    this.writeStep(write, true);
  }
  getExecution(arn: string): ExecutionRecord | undefined {
    const row = this.statements.getExecution.get(arn) as ExecutionRow | undefined;
    return row === undefined ? undefined : executionFromRow(row);
  }
  listExecutions(stateMachineArn: string, status?: ExecutionStatus): ExecutionRecord[] {
    const rows =
      status === undefined
        ? this.statements.listExecutions.all(stateMachineArn)
        : this.statements.listExecutionsByStatus.all(stateMachineArn, status);
    return (rows as ExecutionRow[]).map(executionFromRow);
  }
  listRunningExecutions(): ExecutionRecord[] {
    return (this.statements.listRunning.all() as ExecutionRow[]).map(executionFromRow);
  }
  applyStep(write: StepWrite): void {
    this.writeStep(write, false);
  }
  applySteps(writes: readonly StepWrite[]): void {
    this.writeSteps(writes);
  }
  getFrames(executionArn: string): FrameRecord[] {
    const id = this.executionId(executionArn);
    if (id === undefined) return [];
    const rows = this.statements.getFrames.all(id) as { frameId: string; data: string; input: string | null }[];
    return rows.map((row) => {
      const frame: FrameRecord = { frameId: row.frameId, data: JSON.parse(row.data) };
      if (row.input !== null) frame.input = JSON.parse(row.input);
      return frame;
    });
  }
  getFrameValues(executionArn: string): FrameValueRecord[] {
    const id = this.executionId(executionArn);
    if (id === undefined) return [];
    const rows = this.statements.getValues.all(id) as { frameId: string; key: string; data: string }[];
    return rows.map((row) => ({ frameId: row.frameId, key: row.key, data: JSON.parse(row.data) }));
  }
  purgeClosedExecutions(closedBefore: number, limit: number): number {
    const purged = purgeClosedExecutions(this.db, closedBefore, limit);
    for (const arn of purged) this.executionIds.delete(arn);
    return purged.length;
  }
  takeStuckSteps(): Array<{ executionArn: string; cause: string }> {
    return this.statements.takeStuck.all() as Array<{ executionArn: string; cause: string }>;
  }
  recordStuckStep(executionArn: string, cause: string): void {
    this.statements.recordStuck.run(executionArn, cause);
  }
  stepWatch(stuckAfterMs: number): StepWatch {
    return this.file === undefined ? NO_STEP_WATCH : startStepWatchdog(this.db, this.file, stuckAfterMs);
  }
  getHistory(executionArn: string, options: { afterId?: number; limit: number; reverse: boolean }): HistoryPage {
    const id = this.executionId(executionArn);
    if (id === undefined) return { events: [] };
    const rows = options.reverse
      ? this.statements.historyBackward.all(id, options.afterId ?? Number.MAX_SAFE_INTEGER, options.limit + 1)
      : this.statements.historyForward.all(id, options.afterId ?? 0, options.limit + 1);
    const events = parseAll<HistoryEvent>(rows);
    if (events.length <= options.limit) return { events };
    events.length = options.limit;
    return { events, nextAfterId: (events[events.length - 1] as HistoryEvent).id };
  }

  putActivity(record: ActivityRecord): void {
    this.statements.putActivity.run(record.activityArn, JSON.stringify(record));
  }
  getActivity(arn: string): ActivityRecord | undefined {
    return parseOptional(this.statements.getActivity.get(arn));
  }
  deleteActivity(arn: string): void {
    this.statements.deleteActivity.run(arn);
  }
  listActivities(): ActivityRecord[] {
    return parseAll(this.statements.listActivities.all());
  }

  putAlias(record: AliasRecord): void {
    this.statements.putAlias.run(record.stateMachineAliasArn, record.stateMachineArn, JSON.stringify(record));
  }
  getAlias(arn: string): AliasRecord | undefined {
    return parseOptional(this.statements.getAlias.get(arn));
  }
  deleteAlias(arn: string): void {
    this.statements.deleteAlias.run(arn);
  }
  listAliases(stateMachineArn: string): AliasRecord[] {
    return parseAll(this.statements.listAliases.all(stateMachineArn));
  }

  putMapRun(record: MapRunRecord): void {
    this.statements.putMapRun.run(record.mapRunArn, record.executionArn, JSON.stringify(record));
  }
  getMapRun(arn: string): MapRunRecord | undefined {
    return parseOptional(this.statements.getMapRun.get(arn));
  }
  listMapRuns(executionArn: string): MapRunRecord[] {
    return parseAll(this.statements.listMapRuns.all(executionArn));
  }

  clear(): void {
    clearTables(this.db);
    this.executionIds.clear();
    this.machines.clear();
  }

  close(): void {
    this.db.close();
  }
}

/** Callers may change what they get; the cache keeps its own copy of the parts they change. */
function copyMachine(record: StateMachineRecord): StateMachineRecord {
  return { ...record, tags: { ...record.tags } };
}

interface ExecutionRow {
  record: string;
  progress: string;
}

/** What changes as an execution runs: rewritten each step, unlike the definition and input. */
type ExecutionProgress = Pick<
  ExecutionRecord,
  "status" | "stopDate" | "output" | "error" | "cause" | "redriveCount" | "redriveDate" | "runtime"
>;

function progressOf(execution: ExecutionRecord): ExecutionProgress {
  const { status, stopDate, output, error, cause, redriveCount, redriveDate, runtime } = execution;
  const progress: ExecutionProgress = { status, redriveCount, runtime };
  if (redriveDate !== undefined) progress.redriveDate = redriveDate;
  if (stopDate !== undefined) progress.stopDate = stopDate;
  if (output !== undefined) progress.output = output;
  if (error !== undefined) progress.error = error;
  if (cause !== undefined) progress.cause = cause;
  return progress;
}

function staticPartOf(execution: ExecutionRecord): Partial<ExecutionRecord> {
  const copy: Partial<ExecutionRecord> = { ...execution };
  for (const key of ["status", "stopDate", "output", "error", "cause", "redriveCount", "redriveDate", "runtime"] as const) {
    delete copy[key];
  }
  return copy;
}

function executionFromRow(row: ExecutionRow): ExecutionRecord {
  return { ...(JSON.parse(row.record) as ExecutionRecord), ...(JSON.parse(row.progress) as ExecutionProgress) };
}

function parseOptional<T>(row: unknown): T | undefined {
  return typeof row === "string" ? (JSON.parse(row) as T) : undefined;
}

function parseAll<T>(rows: unknown[]): T[] {
  return rows.map((row) => JSON.parse(row as string) as T);
}
