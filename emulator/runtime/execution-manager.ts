/**
 * The runtime's entry: starts, stops, redrives and answers executions, and keeps the registry of
 * those it drives. Steps run in step-runner.ts, effects in effect-performer.ts, recovery in
 * execution-recovery.ts.
 */
import { emptySnapshot, type ExecutionSnapshot } from "../asl";
import type { InterpreterPorts } from "../asl";
import type { ExecutionSignal } from "../asl";
import type { MapRunLimits } from "../asl";
import { decodeTaskToken, type TaskTokenTarget } from "../asl";
import type { TaskDispatcher } from "../integrations";
import type { Json } from "../shared/json";
import { ServiceError } from "../shared/service-error";
import type { ExecutionRecord, StateMachineRecord } from "../store/records";
import type { StepWatch, Store } from "../store/store";
import { EffectPerformer } from "./effect-performer";
import { recoverExecutions } from "./execution-recovery";
import { parseCursor } from "./frame-codec";
import { GroupCommit } from "./group-commit";
import { liveExecution, type LiveExecution } from "./live-execution";
import type { Logger } from "./logger";
import { ProgramCache } from "./program-cache";
import { StepRunner } from "./step-runner";
import { endStoredExecution, storedSnapshot } from "./stored-execution-step";
import { TimerQueue } from "./timer-queue";
import type { Clock } from "./clock/clock";
import { systemEntropy, type Entropy } from "./entropy";
import type { HistoryListener } from "./history-listener";
import { ProgressTracker } from "./progress-tracker";
import { RecentExpressExecutions } from "./recent-express-executions";
import { REAL_EVALUATION_CLOCK } from "./real-evaluation-clock";
import type { CompatMode } from "../config";

/** What StartExecution and StartSyncExecution hand the runtime. */
export interface StartRequest {
  /** Where the definition, role and type come from: the state machine, or the version started. */
  machine: StateMachineRecord;
  /** The state machine the execution belongs to (never a version or alias ARN). */
  stateMachineArn: string;
  name: string;
  executionArn: string;
  input: Json;
  /** The input exactly as the client sent it. */
  inputText: string;
  versionArn?: string;
  aliasArn?: string;
  /** The mock config test case chosen with `<stateMachineArn>#<TestCase>`. */
  mockTestCase?: string;
}

export interface ExecutionManagerOptions {
  store: Store;
  dispatcher: TaskDispatcher;
  logger: Logger;
  /** Every timestamp and deadline of the runtime comes from this clock. */
  clock: Clock;
  waitTimeScale: number;
  /** Randomness and generated ids (States.UUID, $random(), ...); the system's unless seeded. */
  entropy?: Entropy;
  /** Counts steps and task calls in hand, for the virtual and auto clocks. */
  progress?: ProgressTracker;
  /** Told about history events after they commit (coverage, event logs). */
  historyListeners?: readonly HistoryListener[];
  /** `stepfunctions-local` records events under Step Functions Local's naming; default `aws`. */
  compat?: CompatMode;
  /** How long a step may hold the process before the watchdog records it as stuck (default 5 s). */
  stuckStepMillis?: number;
}

/** What /health reports of the runtime. */
export interface RuntimeCounts {
  runningExecutions: number;
  armedTimers: number;
  pendingTasks: number;
}

export class ExecutionManager {
  private readonly live = new Map<string, LiveExecution>();
  private readonly programs = new ProgramCache();
  private readonly timers: TimerQueue;
  private readonly endWaiters = new Map<string, Array<(record: ExecutionRecord | undefined) => void>>();
  private readonly endedExpress = new RecentExpressExecutions();
  private readonly ports: InterpreterPorts;
  private readonly watch: StepWatch;
  private readonly runner: StepRunner;
  private readonly effects: EffectPerformer;
  private closed = false;

  private readonly now: () => number;

  constructor(private readonly options: ExecutionManagerOptions) {
    const clock = options.clock;
    this.now = () => clock.now();
    this.timers = new TimerQueue(clock);
    const entropy = options.entropy ?? systemEntropy();
    this.ports = { now: this.now, random: () => entropy.random(), uuid: () => entropy.uuid(), waitTimeScale: options.waitTimeScale, evaluationClock: REAL_EVALUATION_CLOCK };
    const progress = options.progress ?? new ProgressTracker();
    this.watch = options.store.stepWatch(options.stuckStepMillis ?? 5000);
    this.runner = new StepRunner({
      store: options.store,
      commits: new GroupCommit(options.store),
      ports: this.ports,
      logger: options.logger,
      now: this.now,
      watch: this.watch,
      progress,
      historyListeners: options.historyListeners ?? [],
      onEnded: (live) => this.ended(live),
      compat: options.compat ?? "aws",
    });
    this.effects = new EffectPerformer({
      store: options.store,
      dispatcher: options.dispatcher,
      timers: this.timers,
      logger: options.logger,
      now: this.now,
      uuid: () => entropy.uuid(),
      progress,
      schedule: (live, run) => this.runner.schedule(live, run),
      compat: options.compat ?? "aws",
      waitTimeScale: options.waitTimeScale,
    });
    this.runner.effects = this.effects;
  }

  /** The chain that serves Task states, which TestState calls too when a request has no mock. */
  get dispatcher(): TaskDispatcher {
    return this.options.dispatcher;
  }

  /**
   * Persists a new execution (so StartExecution can answer) and runs its first step right after.
   * Express executions are kept in memory only.
   */
  start(request: StartRequest): ExecutionRecord {
    const { machine, mockTestCase } = request;
    if (mockTestCase !== undefined) this.options.dispatcher.checkTestCase?.(machine.name, mockTestCase);
    const record: ExecutionRecord = {
      executionArn: request.executionArn,
      stateMachineArn: request.stateMachineArn,
      name: request.name,
      status: "RUNNING",
      startDate: this.now(),
      input: request.inputText,
      definition: machine.definition,
      roleArn: machine.roleArn,
      type: machine.type,
      redriveCount: 0,
      runtime: { nextEventId: 1, nextSeq: 0 },
    };
    if (request.versionArn !== undefined) record.stateMachineVersionArn = request.versionArn;
    if (request.aliasArn !== undefined) record.stateMachineAliasArn = request.aliasArn;
    if (mockTestCase !== undefined) record.mockTestCase = mockTestCase;
    const durable = machine.type === "STANDARD";
    if (durable) this.options.store.createExecution({ execution: record, events: [], upsertFrames: [], deleteFrames: [] });
    const live = this.track(record, request.input, emptySnapshot(), durable);
    this.runner.schedule(live, (step) => step.start());
    return record;
  }

  /**
   * Resumes every execution that was running when the emulator last stopped, in batches in the
   * background; answers how many there are.
   */
  recover(): number {
    return recoverExecutions({
      store: this.options.store,
      programs: this.programs,
      ports: this.ports,
      logger: this.options.logger,
      now: this.now,
      closed: () => this.closed,
      resume: (record, input, snapshot) => {
        if (this.live.has(record.executionArn)) return false;
        const live = this.track(record, input, snapshot, true);
        if (snapshot.cursor.nextEventId === 1) this.runner.schedule(live, (step) => step.start());
        else this.effects.resume(live);
        return true;
      },
    }).count;
  }

  /**
   * Runs an ended Standard execution again from the state it ended in (RedriveExecution); the
   * caller has checked that it can be redriven. Answers once the RUNNING record is on disk.
   */
  redrive(ended: ExecutionRecord): ExecutionRecord {
    const record: ExecutionRecord = { ...ended, status: "RUNNING", redriveCount: ended.redriveCount + 1, redriveDate: this.now() };
    delete record.stopDate;
    delete record.output;
    delete record.error;
    delete record.cause;
    this.options.store.applyStep({ execution: record, events: [], upsertFrames: [], deleteFrames: [] });
    const live = this.track(record, JSON.parse(record.input) as Json, storedSnapshot(this.options.store, record), true);
    this.runner.schedule(live, (step) => step.redrive());
    return record;
  }

  /** UpdateMapRun on a run whose execution is still going; resolves once the change is recorded. */
  updateMapRun(executionArn: string, mapRunArn: string, limits: MapRunLimits): Promise<void> {
    const live = this.live.get(executionArn);
    if (!live) return Promise.resolve();
    this.runner.schedule(live, (step) => step.updateMapRun(mapRunArn, limits));
    return live.chain;
  }

  /** Ends a RUNNING execution ABORTED, whether it is driven here or only on disk (not yet resumed, or a zombie). */
  async stop(executionArn: string, error: string | undefined, cause: string | undefined): Promise<void> {
    const live = this.live.get(executionArn);
    if (live && !live.ended) {
      const signal: ExecutionSignal = { type: "stop" };
      if (error !== undefined) signal.error = error;
      if (cause !== undefined) signal.cause = cause;
      this.runner.schedule(live, (step) => step.signal(signal));
      await live.chain;
      if (!live.ended) return;
    }
    const record = this.options.store.getExecution(executionArn);
    if (record?.status !== "RUNNING") return;
    const end: { type: "stop"; error?: string; cause?: string } = { type: "stop" };
    if (error !== undefined) end.error = error;
    if (cause !== undefined) end.cause = cause;
    endStoredExecution({ store: this.options.store, programs: this.programs, ports: this.ports, now: this.now }, record, end);
  }

  /** Routes SendTaskSuccess/Failure/Heartbeat to the waiting task; throws AWS's errors for bad tokens. */
  completeTask(
    token: string,
    completion: { type: "task-succeeded"; output: Json } | { type: "task-failed"; error: string; cause: string } | { type: "task-heartbeat"; workerName?: string },
  ): void {
    const { live, target } = this.waitingTask(token);
    const base = { frameId: target.frameId, taskId: target.taskId };
    const signal: ExecutionSignal =
      completion.type === "task-succeeded"
        ? { type: "task-succeeded", ...base, output: completion.output }
        : completion.type === "task-failed"
          ? { type: "task-failed", ...base, error: completion.error, cause: completion.cause }
          : completion.workerName === undefined
            ? { type: "task-heartbeat", ...base }
            : { type: "task-heartbeat", ...base, workerName: completion.workerName };
    if (completion.type !== "task-heartbeat") this.effects.releaseTask(live, target.taskId);
    this.runner.schedule(live, (step) => step.signal(signal));
  }

  /** The execution and task a token addresses; AWS's InvalidToken or TaskDoesNotExist when there is none. */
  waitingTask(token: string): { live: LiveExecution; target: TaskTokenTarget } {
    const target = decodeTaskToken(token);
    if (!target) throw new ServiceError("InvalidToken", "Invalid Token: 'Invalid token'");
    const live = this.live.get(target.executionArn);
    const frame = live?.snapshot.frames.get(target.frameId);
    if (!live || live.ended || !frame || frame.task?.taskId !== target.taskId) {
      throw new ServiceError("TaskDoesNotExist", "Task does not exist anymore");
    }
    return { live, target };
  }

  /** Resolves with the final record when the execution ends; undefined if it is not running here. */
  whenEnded(executionArn: string): Promise<ExecutionRecord | undefined> {
    const live = this.live.get(executionArn);
    if (!live || live.ended) return Promise.resolve(live?.record);
    return new Promise((resolve) => {
      const waiters = this.endWaiters.get(executionArn) ?? [];
      waiters.push(resolve);
      this.endWaiters.set(executionArn, waiters);
    });
  }

  /**
   * Forgets every execution being driven (a reset): their timers are dropped, results arriving
   * later are ignored, and callers waiting for them to end get undefined.
   */
  async reset(): Promise<void> {
    const lives = [...this.live.values()];
    for (const live of lives) live.ended = true;
    this.live.clear();
    // Steps already running finish their writes first, so nothing lands after the store is cleared.
    await Promise.all(lives.map((live) => live.chain));
    for (const live of lives) this.effects.release(live);
    this.timers.close();
    this.endedExpress.clear();
    const waiters = [...this.endWaiters.values()].flat();
    this.endWaiters.clear();
    for (const resolve of waiters) resolve(undefined);
  }

  /** Finishes the signals in flight; timers and task results arriving later are dropped. */
  async close(): Promise<void> {
    this.closed = true;
    this.runner.close();
    this.timers.close();
    await Promise.all([...this.live.values()].map((live) => live.chain));
    this.watch.close();
  }

  get runningCount(): number {
    return this.live.size;
  }

  /** Live counts for /health: everything here returns to zero once executions end. */
  counts(): RuntimeCounts {
    let pendingTasks = 0;
    for (const live of this.live.values()) pendingTasks += live.tasks.size;
    return { runningExecutions: this.live.size, armedTimers: this.timers.size, pendingTasks };
  }

  /** The record of an execution being driven here, express ones included. */
  liveRecord(executionArn: string): ExecutionRecord | undefined {
    return this.live.get(executionArn)?.record;
  }

  /** An Express execution running here or among the last that ended, which the store does not keep. */
  expressRecord(executionArn: string): ExecutionRecord | undefined {
    return this.live.get(executionArn)?.record ?? this.endedExpress.get(executionArn);
  }

  private track(record: ExecutionRecord, input: Json, snapshot: ExecutionSnapshot, durable: boolean): LiveExecution {
    snapshot.cursor = parseCursor(record.runtime);
    const live = liveExecution(record, this.programs.get(record.definition), input, snapshot, durable);
    this.live.set(record.executionArn, live);
    return live;
  }

  private ended(live: LiveExecution): void {
    const arn = live.record.executionArn;
    if (!live.durable) this.endedExpress.remember(live.record);
    if (this.live.get(arn) === live) this.live.delete(arn);
    for (const resolve of this.endWaiters.get(arn) ?? []) resolve(live.record);
    this.endWaiters.delete(arn);
  }
}
