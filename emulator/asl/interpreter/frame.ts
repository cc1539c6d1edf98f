/** The frame: one thread of a running execution, in the persisted JSON form a step reads and writes. */
import type { Json } from "../../shared/json";
import type { TaskInvocation } from "./effects";
import type { StateProgress } from "./state-progress";

/**
 * One thread of an execution: the root, a Parallel branch or a Map iteration.
 * Frames are plain JSON so a step persists only the frames it changed.
 */
export interface Frame {
  id: string;
  parentId: string | null;
  /** Key of the sub-machine (see Program.machines) whose states this frame walks. */
  machineKey: string;
  stateName: string;
  /** The current state's input as it arrived, before InputPath. */
  input: Json;
  /** The text of `input` while the client's value passes through untouched (or assembled from such texts): compact, tokens as the client wrote them. */
  inputText?: string;
  /** The current state's entered event and the event that one points to, for failure causes and EvaluationFailed. */
  enteredEventId?: number;
  enteredPreviousEventId?: number;
  enteredTime: number;
  /** The event the next event of this frame points to as previousEventId. */
  lastEventId: number;
  /** Variables this frame can see; branches and iterations get a copy of the outer ones. */
  variables: Record<string, Json>;
  /** Set in Map iterations, for `$$.Map.Item`. */
  mapItem?: { index: number; value: Json };
  /**
   * Set in the iterations of a DISTRIBUTED Map (and below): AWS runs them as child executions, so
   * their events are not part of this execution's history.
   */
  silent?: boolean;
  /** Set in a STANDARD child execution's frames: its events go to that child's own history. */
  childHistory?: { mapRunArn: string; index: number };
  /** Index of the branch or iteration within its parent state. */
  childIndex?: number;
  /** Attempts used per retrier of the current state; reset when a state is entered. */
  retryAttempts: number[];
  /** The running state's own progress (a Map's counters, a retry in wait, ...); null when it keeps none. */
  progress: StateProgress | null;
  /** Timers the current state waits on, by id, with their due times: re-armed after a restart. */
  timers: Record<string, number>;
  /** The task the current state waits on: re-issued (or kept waiting for its token) after a restart. */
  task: TaskInvocation | null;
}
