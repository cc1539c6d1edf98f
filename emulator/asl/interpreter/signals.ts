/**
 * The signals that resume execution from outside (timers, task results, heartbeats, stop, timeout), and
 * the form each takes when it reaches a frame.
 */
import type { Json } from "../../shared/json";

/** What can happen to a running execution from outside the interpreter. */
export type ExecutionSignal =
  | { type: "timer"; frameId: string; timerId: string }
  | { type: "task-succeeded"; frameId: string; taskId: string; output: Json }
  | { type: "task-failed"; frameId: string; taskId: string; error: string; cause: string }
  /**
   * With `workerName`: an activity worker took the task (GetActivityTask), which also counts as a heartbeat.
   * With `submitted`: the service accepted a `.sync` or callback task's work with this answer (TaskSubmitted).
   */
  | { type: "task-heartbeat"; frameId: string; taskId: string; workerName?: string; submitted?: Json }
  | { type: "stop"; error?: string; cause?: string };

/** What a state sees when its frame is resumed. */
export type FrameSignal =
  | { type: "timer"; timerId: string }
  | { type: "task-succeeded"; taskId: string; output: Json }
  | { type: "task-failed"; taskId: string; error: string; cause: string }
  | { type: "task-heartbeat"; taskId: string; workerName?: string; submitted?: Json }
  | { type: "child-succeeded"; childId: string; childIndex: number; output: Json; lastEventId: number; outputText?: string }
  /** `error` or `cause` is absent when the failing Fail state set neither. */
  | { type: "child-failed"; childId: string; childIndex: number; error?: string; cause?: string; lastEventId: number };
