/**
 * The shape of workflow coverage as `GET /_emulator/coverage` serves it and `emu.coverage()`
 * returns it: per state machine, what its executions exercised, with counts, and what they never did.
 */

/** One kind of item (states, transitions, ...): how many the definition has and how many ran. */
export interface CoverageMeasure {
  total: number;
  covered: number;
  /** covered / total; 1 when the definition has none. */
  ratio: number;
  /** Every item of the definition (and any seen under an older definition) with how often it ran. */
  counts: Record<string, number>;
}

export interface NotExercised {
  states: string[];
  transitions: string[];
  choiceRules: string[];
  retriers: string[];
  catchers: string[];
}

export interface StateMachineCoverage {
  stateMachineArn: string;
  /** Executions whose events were counted. */
  executions: number;
  /** `<State>` */
  states: CoverageMeasure;
  /** `<From> -> <To> (Next | Default | Choices[i] | Catch[i])` */
  transitions: CoverageMeasure;
  /** `<Choice>.Choices[i]` and `<Choice>.Default` */
  choiceRules: CoverageMeasure;
  /** `<State>.Retry[i]`: a retry that this Retrier made happen. */
  retriers: CoverageMeasure;
  /** `<State>.Catch[i]` */
  catchers: CoverageMeasure;
  notExercised: NotExercised;
}

export interface CoverageReport {
  stateMachines: StateMachineCoverage[];
}

export const COVERAGE_KINDS = ["states", "transitions", "choiceRules", "retriers", "catchers"] as const;
export type CoverageKind = (typeof COVERAGE_KINDS)[number];
