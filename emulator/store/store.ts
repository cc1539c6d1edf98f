/** The store's interface: records by ARN, steps written atomically, lists and histories read a page at a time by key. */
import type { HistoryEvent } from "../asl";
import type {
  ActivityRecord,
  AliasRecord,
  ExecutionRecord,
  MapChildRecord,
  MapRunRecord,
  ExecutionStatus,
  FrameRecord,
  FrameValueRecord,
  StateMachineRecord,
} from "./records";

/** Everything one execution step changes, written atomically. */
export interface StepWrite {
  execution: ExecutionRecord;
  events: HistoryEvent[];
  upsertFrames: FrameRecord[];
  /** Frames that ended, with their values. */
  deleteFrames: string[];
  /** Drop every frame of the execution and their values (it has ended). */
  deleteAllFrames?: boolean;
  /** Frames whose values are all dropped before `values` are written. */
  clearValues?: string[];
  values?: FrameValueRecord[];
}

/** Brackets each step, so a step that never returns is on disk for the next start to fail its execution. */
export interface StepWatch {
  begin(executionArn: string): void;
  end(): void;
  close(): void;
}

/** A page of a list read in key order: at most `limit` items after the key `after`. */
export interface PageRequest<K> {
  after?: K | undefined;
  limit: number;
}

/** The items of one page and, when more remain, the key of the last one to continue after. */
export interface KeyPage<T, K> {
  items: T[];
  next?: K | undefined;
}

/** Executions are listed newest first by start date, then by their store id. */
export type ExecutionKey = readonly [startDate: number, id: number];

/** Which executions of a state machine ListExecutions shows: all, one status, one version's or one alias's. */
export interface ExecutionFilter {
  stateMachineArn: string;
  status?: ExecutionStatus | undefined;
  versionArn?: string | undefined;
  aliasArn?: string | undefined;
}

/** A map run's child executions to list: all, one status, redriven or not. */
export interface MapChildFilter {
  mapRunArn: string;
  status?: ExecutionStatus | undefined;
  redriven?: boolean | undefined;
}

/** A child execution that a step started (or redrove), or that ended. */
export type MapChildChange =
  | { kind: "started"; child: Pick<MapChildRecord, "executionArn" | "mapRunArn" | "parentArn" | "stateMachineArn" | "name" | "index" | "type" | "startDate" | "input"> }
  | { kind: "event"; mapRunArn: string; index: number; event: HistoryEvent }
  | {
      kind: "ended";
      mapRunArn: string;
      index: number;
      status: "SUCCEEDED" | "FAILED";
      stopDate: number;
      output?: string | undefined;
      error?: string | undefined;
      cause?: string | undefined;
    };

export interface HistoryPage {
  events: HistoryEvent[];
  /** Id to continue after, when more remain. */
  nextAfterId?: number;
}

/** The repository behind the API and the runtime. Everything returned has been durably written. */
export interface Store {
  putStateMachine(record: StateMachineRecord): void;
  getStateMachine(arn: string): StateMachineRecord | undefined;
  deleteStateMachine(arn: string): void;
  /** State machines (not versions) whose ARNs start with the namespace (`arn:<partition>:states:<region>:<account>:`), by name. */
  listStateMachines(namespace: string, page: PageRequest<string>): KeyPage<StateMachineRecord, string>;
  /** A state machine's versions, newest first, keyed by version number. */
  listVersions(stateMachineArn: string, page: PageRequest<number>): KeyPage<StateMachineRecord, number>;

  /** Inserts a new execution together with its first events and frames. */
  createExecution(write: StepWrite): void;
  getExecution(arn: string): ExecutionRecord | undefined;
  listExecutions(filter: ExecutionFilter, page: PageRequest<ExecutionKey>): KeyPage<ExecutionRecord, ExecutionKey>;
  /** The ARNs of the RUNNING executions, oldest first: what recovery walks through in batches. */
  listRunningExecutionArns(): string[];
  /** Applies one interpreter step in one transaction. */
  applyStep(write: StepWrite): void;
  /** Applies the steps of several executions in one transaction (group commit). */
  applySteps(writes: readonly StepWrite[]): void;
  getFrames(executionArn: string): FrameRecord[];
  getFrameValues(executionArn: string): FrameValueRecord[];
  /**
   * Deletes up to `limit` executions that closed before `closedBefore` (epoch ms), with their
   * histories, frames and map runs; answers how many it deleted.
   */
  purgeClosedExecutions(closedBefore: number, limit: number): number;
  /** Executions whose step a watchdog found stuck while the process was blocked, with the cause; cleared as read. */
  takeStuckSteps(): Array<{ executionArn: string; cause: string }>;
  /** Records an execution the next start must fail (its step could not be written or never returned). */
  recordStuckStep(executionArn: string, cause: string): void;
  /** A watch over the steps the runtime runs, recording a step that blocks the process (a no-op in memory). */
  stepWatch(stuckAfterMs: number): StepWatch;
  getHistory(executionArn: string, options: { afterId?: number; limit: number; reverse: boolean }): HistoryPage;

  putActivity(record: ActivityRecord): void;
  getActivity(arn: string): ActivityRecord | undefined;
  deleteActivity(arn: string): void;
  /** Activities of a namespace in creation order. */
  listActivities(namespace: string, page: PageRequest<number>): KeyPage<ActivityRecord, number>;

  putAlias(record: AliasRecord): void;
  getAlias(arn: string): AliasRecord | undefined;
  deleteAlias(arn: string): void;
  /** A state machine's aliases in creation order. */
  listAliases(stateMachineArn: string, page: PageRequest<number>): KeyPage<AliasRecord, number>;

  putMapRun(record: MapRunRecord): void;
  getMapRun(arn: string): MapRunRecord | undefined;
  /** The execution's map runs, oldest first. */
  listMapRuns(executionArn: string): MapRunRecord[];
  /** The execution's map runs, oldest first, a page at a time. */
  pageMapRuns(executionArn: string, page: PageRequest<number>): KeyPage<MapRunRecord, number>;

  /** Writes the child executions a step started and ended, in one transaction. */
  writeMapChildren(changes: readonly MapChildChange[]): void;
  /** Ends the map run's running children ABORTED. */
  abortMapChildren(mapRunArn: string, stopDate: number): void;
  getMapChild(arn: string): MapChildRecord | undefined;
  /** A STANDARD child's events as its iterations wrote them, in order, numbered in the parent's sequence. */
  getMapChildEvents(mapRunArn: string, index: number): HistoryEvent[];
  /** A map run's child executions, newest first, a page at a time. */
  listMapChildren(filter: MapChildFilter, page: PageRequest<ExecutionKey>): KeyPage<MapChildRecord, ExecutionKey>;

  /** Forgets everything: state machines, executions, activities, aliases, map runs. */
  clear(): void;

  close(): void;
}
