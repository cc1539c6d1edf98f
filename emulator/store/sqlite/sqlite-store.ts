import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import type { HistoryEvent } from "../../asl/history/history-event";
import type { ActivityRecord, AliasRecord, ExecutionRecord, ExecutionStatus, FrameRecord, StateMachineRecord } from "../records";
import type { HistoryPage, StepWrite, Store } from "../store";
import { MIGRATIONS } from "./migrations";

/** Opens the store in `dataDir`, or in memory when `dataDir` is undefined (for --in-memory and tests). */
export function openSqliteStore(dataDir: string | undefined): Store {
  let file = ":memory:";
  if (dataDir !== undefined) {
    fs.mkdirSync(dataDir, { recursive: true });
    file = path.join(dataDir, "sfn-emulator.sqlite");
  }
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  // NORMAL is durable across process crashes in WAL mode; only an OS crash could lose the last commits.
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = OFF");
  migrate(db);
  return new SqliteStore(db);
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
  private readonly writeStep: (write: StepWrite, insert: boolean) => void;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      putMachine: db.prepare("INSERT OR REPLACE INTO state_machines (arn, name, record) VALUES (?, ?, ?)"),
      getMachine: db.prepare("SELECT record FROM state_machines WHERE arn = ?").pluck(),
      deleteMachine: db.prepare("DELETE FROM state_machines WHERE arn = ?"),
      listMachines: db.prepare("SELECT record FROM state_machines ORDER BY name").pluck(),
      insertExecution: db.prepare(
        "INSERT INTO executions (arn, state_machine_arn, status, start_date, record) VALUES (?, ?, ?, ?, ?)",
      ),
      updateExecution: db.prepare("UPDATE executions SET status = ?, record = ? WHERE arn = ?"),
      getExecution: db.prepare("SELECT record FROM executions WHERE arn = ?").pluck(),
      listExecutions: db
        .prepare("SELECT record FROM executions WHERE state_machine_arn = ? ORDER BY start_date DESC, rowid DESC")
        .pluck(),
      listExecutionsByStatus: db
        .prepare(
          "SELECT record FROM executions WHERE state_machine_arn = ? AND status = ? ORDER BY start_date DESC, rowid DESC",
        )
        .pluck(),
      listRunning: db.prepare("SELECT record FROM executions WHERE status = 'RUNNING'").pluck(),
      insertEvent: db.prepare("INSERT INTO history_events (execution_arn, id, event) VALUES (?, ?, ?)"),
      historyForward: db
        .prepare("SELECT event FROM history_events WHERE execution_arn = ? AND id > ? ORDER BY id LIMIT ?")
        .pluck(),
      historyBackward: db
        .prepare("SELECT event FROM history_events WHERE execution_arn = ? AND id < ? ORDER BY id DESC LIMIT ?")
        .pluck(),
      upsertFrame: db.prepare("INSERT OR REPLACE INTO frames (execution_arn, frame_id, data) VALUES (?, ?, ?)"),
      deleteFrame: db.prepare("DELETE FROM frames WHERE execution_arn = ? AND frame_id = ?"),
      deleteFrames: db.prepare("DELETE FROM frames WHERE execution_arn = ?"),
      getFrames: db.prepare("SELECT frame_id AS frameId, data FROM frames WHERE execution_arn = ?"),
      putActivity: db.prepare("INSERT OR REPLACE INTO activities (arn, record) VALUES (?, ?)"),
      getActivity: db.prepare("SELECT record FROM activities WHERE arn = ?").pluck(),
      deleteActivity: db.prepare("DELETE FROM activities WHERE arn = ?"),
      listActivities: db.prepare("SELECT record FROM activities ORDER BY rowid").pluck(),
      putAlias: db.prepare("INSERT OR REPLACE INTO aliases (arn, state_machine_arn, record) VALUES (?, ?, ?)"),
      getAlias: db.prepare("SELECT record FROM aliases WHERE arn = ?").pluck(),
      deleteAlias: db.prepare("DELETE FROM aliases WHERE arn = ?"),
      listAliases: db.prepare("SELECT record FROM aliases WHERE state_machine_arn = ? ORDER BY rowid").pluck(),
    };
    this.writeStep = db.transaction((write: StepWrite, insert: boolean) => {
      const { execution } = write;
      const record = JSON.stringify(execution);
      if (insert) {
        this.statements.insertExecution.run(
          execution.executionArn,
          execution.stateMachineArn,
          execution.status,
          execution.startDate,
          record,
        );
      } else {
        this.statements.updateExecution.run(execution.status, record, execution.executionArn);
      }
      for (const event of write.events) {
        this.statements.insertEvent.run(execution.executionArn, event.id, JSON.stringify(event));
      }
      if (write.deleteAllFrames) {
        this.statements.deleteFrames.run(execution.executionArn);
        return;
      }
      for (const frameId of write.deleteFrames) this.statements.deleteFrame.run(execution.executionArn, frameId);
      for (const frame of write.upsertFrames) {
        this.statements.upsertFrame.run(execution.executionArn, frame.frameId, JSON.stringify(frame.data));
      }
    });
  }

  putStateMachine(record: StateMachineRecord): void {
    this.statements.putMachine.run(record.stateMachineArn, record.name, JSON.stringify(record));
  }
  getStateMachine(arn: string): StateMachineRecord | undefined {
    return parseOptional(this.statements.getMachine.get(arn));
  }
  deleteStateMachine(arn: string): void {
    this.statements.deleteMachine.run(arn);
  }
  listStateMachines(): StateMachineRecord[] {
    return parseAll(this.statements.listMachines.all());
  }

  createExecution(write: StepWrite): void {
    this.writeStep(write, true);
  }
  getExecution(arn: string): ExecutionRecord | undefined {
    return parseOptional(this.statements.getExecution.get(arn));
  }
  listExecutions(stateMachineArn: string, status?: ExecutionStatus): ExecutionRecord[] {
    const rows =
      status === undefined
        ? this.statements.listExecutions.all(stateMachineArn)
        : this.statements.listExecutionsByStatus.all(stateMachineArn, status);
    return parseAll(rows);
  }
  listRunningExecutions(): ExecutionRecord[] {
    return parseAll(this.statements.listRunning.all());
  }
  applyStep(write: StepWrite): void {
    this.writeStep(write, false);
  }
  getFrames(executionArn: string): FrameRecord[] {
    const rows = this.statements.getFrames.all(executionArn) as { frameId: string; data: string }[];
    return rows.map((row) => ({ frameId: row.frameId, data: JSON.parse(row.data) }));
  }
  getHistory(executionArn: string, options: { afterId?: number; limit: number; reverse: boolean }): HistoryPage {
    const rows = options.reverse
      ? this.statements.historyBackward.all(executionArn, options.afterId ?? Number.MAX_SAFE_INTEGER, options.limit + 1)
      : this.statements.historyForward.all(executionArn, options.afterId ?? 0, options.limit + 1);
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

  close(): void {
    this.db.close();
  }
}

function parseOptional<T>(row: unknown): T | undefined {
  return typeof row === "string" ? (JSON.parse(row) as T) : undefined;
}

function parseAll<T>(rows: unknown[]): T[] {
  return rows.map((row) => JSON.parse(row as string) as T);
}
