/**
 * The interpreter's ports to the world: clock, randomness, ids, the Wait time scale and the evaluation
 * clock.
 */
import type { EvaluationClock } from "../query/evaluation-clock";

/** The world as the interpreter sees it: injected so tests and replays are exact. */
export interface InterpreterPorts {
  now(): number;
  random(): number;
  uuid(): string;
  /** Multiplier for Wait states (Step Functions Local's WAIT_TIME_SCALE). */
  waitTimeScale: number;
  /** Real time and pauses for evaluation budgets (see asl/query/jsonata/evaluation-budget.ts). */
  evaluationClock?: EvaluationClock | undefined;
}
