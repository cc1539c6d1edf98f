/**
 * What the running state of a frame keeps between steps, one shape per kind, tagged by `kind` so a
 * reader narrows instead of casting. Each shape is a JSON type literal: the store writes it as it is.
 */
import type { Json } from "../../shared/json";
import { AslError } from "../errors/asl-error";
import type { MapProgress } from "../states/map-progress";

/** A Task, Map or Parallel that failed and waits for its retry's timer. */
export type RetryWaitProgress = { kind: "retry-wait"; retryTimer: string };

/** A Wait state blocked on its timer. */
export type WaitProgress = { kind: "wait"; timerId: string };

/** A Task waiting for its work's result, a callback token, a timeout or a heartbeat timeout. */
export type TaskProgress = {
  kind: "task";
  taskId: string;
  /** The callback token a `.waitForTaskToken` task or an activity is answered with. */
  token?: string;
  timeoutTimer?: string;
  heartbeatTimer?: string;
  heartbeatSeconds?: number;
  /** An activity's ActivityStarted has been recorded. */
  started?: boolean;
  /** TaskSubmitted has been recorded. */
  submitted?: boolean;
};

/** A Parallel waiting for its branches. */
export type ParallelProgress = {
  kind: "parallel";
  /** The branches' input, for a redrive that runs some of them again. */
  input: Json;
  results: Json[];
  /** Each branch's output as raw text where it passed the client's text through untouched. */
  texts: Array<string | null>;
  remaining: number;
  /** Which branches succeeded: a redrive runs only the others. */
  succeeded: boolean[];
};

export type { MapProgress };

export type StateProgress = RetryWaitProgress | WaitProgress | TaskProgress | MapProgress | ParallelProgress;
export type ProgressKind = StateProgress["kind"];
export type ProgressOf<K extends ProgressKind> = Extract<StateProgress, { kind: K }>;

export function isProgressOf<K extends ProgressKind>(progress: StateProgress | null, kind: K): progress is ProgressOf<K> {
  return progress !== null && progress.kind === kind;
}

/**
 * The frame's progress, which its state's handler expects to be of this kind; anything else is a bug
 * (or a stored frame out of step with its definition), which fails the state with States.Runtime.
 */
export function progressOf<K extends ProgressKind>(frame: { stateName: string; progress: StateProgress | null }, kind: K): ProgressOf<K> {
  const progress = frame.progress;
  if (isProgressOf(progress, kind)) return progress;
  throw new AslError("States.Runtime", `The state '${frame.stateName}' has no ${kind} progress (found ${progress === null ? "none" : progress.kind})`);
}
