/** The Store on SQLite (better-sqlite3, WAL): records, atomic steps, histories and keyset listings. */
import Database from "better-sqlite3";
import path from "node:path";
import type { HistoryEvent } from "../../asl";
import type {
  ActivityRecord,
  AliasRecord,
  ExecutionRecord,
  MapChildRecord,
  MapRunRecord,
  FrameRecord,
  FrameValueRecord,
  StateMachineRecord,
} from "../records";
import type { ExecutionFilter, ExecutionKey, HistoryPage, KeyPage, MapChildChange, MapChildFilter, PageRequest, StepWatch, StepWrite, Store } from "../store";
import { SqliteMapChildren } from "./sqlite-map-children";
import { clearTables } from "./clear-tables";
import { openFailure, prepareDataDir } from "../data-dir";
import { copyMachine, executionFromRow, parseAll, parseOptional, progressOf, staticPartOf, type ExecutionRow } from "./execution-rows";
import { MIGRATIONS } from "./migrations";
import { purgeClosedExecutions } from "./retention-purge";
import { SqliteFrames } from "./sqlite-frames";
import { NO_STEP_WATCH, startStepWatchdog } from "./step-watchdog";
import { SqliteListings } from "./sqlite-listings";

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

const MAX_CACHED_EXECUTION_IDS = 20_000;

class SqliteStore implements Store {
  private readonly statements;
  private readonly executionIds = new Map<string, number>();
  /**
   * The status last written for each running execution: a step that leaves it unchanged writes only
   * the progress, so the status indexes ListExecutions pages through are not rewritten every step.
   */
  private readonly runningStatus = new Map<number, string>();
  /** StartExecution reads its machine every time; parsing a large definition record each time showed in profiles. */
  private readonly machines = new Map<string, StateMachineRecord>();
  private readonly writeStep: (write: StepWrite, insert: boolean) => void;
  private readonly writeSteps: (writes: readonly StepWrite[]) => void;
  private readonly listings: SqliteListings;
  private readonly frames: SqliteFrames;
  private readonly mapChildren: SqliteMapChildren;

  constructor(
    private readonly db: Database.Database,
    /** The database file, for the step watchdog's own connection; undefined in memory. */
    private readonly file: string | undefined,
  ) {
    this.frames = new SqliteFrames(db);
    this.mapChildren = new SqliteMapChildren(db);
    this.statements = {
      putMachine: db.prepare(
        "INSERT INTO state_machines (arn, name, record, version_of, version_number) VALUES (?, ?, ?, ?, ?) " +
          "ON CONFLICT (arn) DO UPDATE SET record = excluded.record",
      ),
      getMachine: db.prepare("SELECT record FROM state_machines WHERE arn = ?").pluck(),
      deleteMachine: db.prepare("DELETE FROM state_machines WHERE arn = ?"),
      insertExecution: db.prepare(
        "INSERT INTO executions (arn, state_machine_arn, status, start_date, record, progress, version_arn, alias_arn) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      updateExecution: db.prepare("UPDATE executions SET status = ?, progress = ?, stop_date = ? WHERE id = ?"),
      updateProgress: db.prepare("UPDATE executions SET progress = ? WHERE id = ?"),
      executionId: db.prepare("SELECT id FROM executions WHERE arn = ?").pluck(),
      getExecution: db.prepare("SELECT record, progress FROM executions WHERE arn = ?"),
      listRunningArns: db.prepare("SELECT arn FROM executions WHERE status = 'RUNNING' ORDER BY id").pluck(),
      insertEvent: db.prepare("INSERT INTO history_events (execution_id, id, event) VALUES (?, ?, ?)"),
      historyForward: db
        .prepare("SELECT event FROM history_events WHERE execution_id = ? AND id > ? ORDER BY id LIMIT ?")
        .pluck(),
      historyBackward: db
        .prepare("SELECT event FROM history_events WHERE execution_id = ? AND id < ? ORDER BY id DESC LIMIT ?")
        .pluck(),
      recordStuck: db.prepare("INSERT OR REPLACE INTO stuck_steps (execution_arn, cause) VALUES (?, ?)"),
      takeStuck: db.prepare("DELETE FROM stuck_steps RETURNING execution_arn AS executionArn, cause"),
      // Upserts keep the rowid, which is the creation order lists page by.
      putActivity: db.prepare(
        "INSERT INTO activities (arn, record, namespace) VALUES (?, ?, ?) ON CONFLICT (arn) DO UPDATE SET record = excluded.record",
      ),
      getActivity: db.prepare("SELECT record FROM activities WHERE arn = ?").pluck(),
      deleteActivity: db.prepare("DELETE FROM activities WHERE arn = ?"),
      putAlias: db.prepare(
        "INSERT INTO aliases (arn, state_machine_arn, record) VALUES (?, ?, ?) ON CONFLICT (arn) DO UPDATE SET record = excluded.record",
      ),
      getAlias: db.prepare("SELECT record FROM aliases WHERE arn = ?").pluck(),
      deleteAlias: db.prepare("DELETE FROM aliases WHERE arn = ?"),
      putMapRun: db.prepare(
        "INSERT INTO map_runs (arn, execution_arn, record) VALUES (?, ?, ?) ON CONFLICT (arn) DO UPDATE SET record = excluded.record",
      ),
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
          execution.stateMachineVersionArn ?? null,
          execution.stateMachineAliasArn ?? null,
        );
        id = Number(result.lastInsertRowid);
        this.remember(execution.executionArn, id);
        this.noteStatus(id, execution.status);
      } else {
        id = this.requireExecutionId(execution.executionArn);
        if (this.runningStatus.get(id) === execution.status) {
          this.statements.updateProgress.run(progress, id);
        } else {
          this.statements.updateExecution.run(execution.status, progress, execution.stopDate ?? null, id);
          this.noteStatus(id, execution.status);
        }
      }
      for (const event of write.events) this.statements.insertEvent.run(id, event.id, JSON.stringify(event));
      this.frames.write(id, write);
    };
    const writeStep = db.transaction(writeOne);
    const writeSteps = db.transaction((writes: readonly StepWrite[]) => {
      for (const write of writes) writeOne(write, false);
    });
    // A rolled-back transaction may have noted statuses it never wrote: forget them all.
    this.writeStep = (write, insert) => this.forgettingStatusOnFailure(() => writeStep(write, insert));
    this.writeSteps = (writes) => this.forgettingStatusOnFailure(() => writeSteps(writes));
    this.listings = new SqliteListings(db, executionFromRow);
  }

  private forgettingStatusOnFailure(write: () => void): void {
    try {
      write();
    } catch (error) {
      this.runningStatus.clear();
      throw error;
    }
  }

  private noteStatus(id: number, status: string): void {
    if (status === "RUNNING") this.runningStatus.set(id, status);
    else this.runningStatus.delete(id);
  }

  /** Executions are keyed by a small integer in the big tables; the ARN is looked up once. */
  private executionId(arn: string): number | undefined {
    let id = this.executionIds.get(arn);
    if (id === undefined) {
      const row = this.statements.executionId.get(arn) as number | undefined;
      if (row === undefined) return undefined;
      id = row;
      this.remember(arn, id);
    }
    return id;
  }

  /** The cache is bounded, so a long-lived emulator does not keep every ARN it ever ran; a miss costs one indexed read. */
  private remember(arn: string, id: number): void {
    if (this.executionIds.size >= MAX_CACHED_EXECUTION_IDS) this.executionIds.clear();
    this.executionIds.set(arn, id);
  }

  private requireExecutionId(arn: string): number {
    const id = this.executionId(arn);
    if (id === undefined) throw new Error(`No execution ${arn} in the store`);
    return id;
  }

  putStateMachine(record: StateMachineRecord): void {
    this.statements.putMachine.run(record.stateMachineArn, record.name, JSON.stringify(record), record.versionOf ?? null, record.versionNumber ?? null);
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
  listStateMachines(namespace: string, page: PageRequest<string>): KeyPage<StateMachineRecord, string> {
    return this.listings.stateMachines(namespace, page);
  }
  listVersions(stateMachineArn: string, page: PageRequest<number>): KeyPage<StateMachineRecord, number> {
    return this.listings.versions(stateMachineArn, page);
  }

  createExecution(write: StepWrite): void {
    this.writeStep(write, true);
  }
  getExecution(arn: string): ExecutionRecord | undefined {
    const row = this.statements.getExecution.get(arn) as ExecutionRow | undefined;
    return row === undefined ? undefined : executionFromRow(row);
  }
  listExecutions(filter: ExecutionFilter, page: PageRequest<ExecutionKey>): KeyPage<ExecutionRecord, ExecutionKey> {
    return this.listings.executions(filter, page);
  }
  listRunningExecutionArns(): string[] {
    return this.statements.listRunningArns.all() as string[];
  }
  applyStep(write: StepWrite): void {
    this.writeStep(write, false);
  }
  applySteps(writes: readonly StepWrite[]): void {
    this.writeSteps(writes);
  }
  getFrames(executionArn: string): FrameRecord[] {
    const id = this.executionId(executionArn);
    return id === undefined ? [] : this.frames.frames(id);
  }
  getFrameValues(executionArn: string): FrameValueRecord[] {
    const id = this.executionId(executionArn);
    return id === undefined ? [] : this.frames.values(id);
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
    this.statements.putActivity.run(record.activityArn, JSON.stringify(record), record.activityArn.slice(0, record.activityArn.indexOf(":activity:") + 1));
  }
  getActivity(arn: string): ActivityRecord | undefined {
    return parseOptional(this.statements.getActivity.get(arn));
  }
  deleteActivity(arn: string): void {
    this.statements.deleteActivity.run(arn);
  }
  listActivities(namespace: string, page: PageRequest<number>): KeyPage<ActivityRecord, number> {
    return this.listings.activities(namespace, page);
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
  listAliases(stateMachineArn: string, page: PageRequest<number>): KeyPage<AliasRecord, number> {
    return this.listings.aliases(stateMachineArn, page);
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
  pageMapRuns(executionArn: string, page: PageRequest<number>): KeyPage<MapRunRecord, number> {
    return this.listings.mapRuns(executionArn, page);
  }
  writeMapChildren(changes: readonly MapChildChange[]): void {
    if (changes.length > 0) this.mapChildren.write(changes);
  }
  abortMapChildren(mapRunArn: string, stopDate: number): void {
    this.mapChildren.abort(mapRunArn, stopDate);
  }
  getMapChild(arn: string): MapChildRecord | undefined {
    return this.mapChildren.get(arn);
  }
  getMapChildEvents(mapRunArn: string, index: number): HistoryEvent[] {
    return this.mapChildren.events(mapRunArn, index);
  }
  listMapChildren(filter: MapChildFilter, page: PageRequest<ExecutionKey>): KeyPage<MapChildRecord, ExecutionKey> {
    return this.mapChildren.list(filter, page);
  }

  clear(): void {
    clearTables(this.db);
    this.executionIds.clear();
    this.runningStatus.clear();
    this.machines.clear();
  }

  close(): void {
    this.db.close();
  }
}
