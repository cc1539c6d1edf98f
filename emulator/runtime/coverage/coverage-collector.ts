/**
 * Workflow coverage collection: counts of the states, transitions, Choice rules, Retriers and Catchers
 * each state machine's executions exercised, taken from committed history.
 */
import type { HistoryEvent } from "../../asl";
import type { EventDecision } from "../../asl";
import { assertNever } from "../../shared/assert-never";
import type { ExecutionRecord } from "../../store/records";
import type { HistoryListener } from "../history-listener";
import { coverageModel, transitionKey } from "./coverage-model";
import { type CoverageKind, type CoverageMeasure, type CoverageReport, type StateMachineCoverage } from "./coverage-report";

/** What one state machine's executions did so far, as counts per item. */
interface MachineTally {
  definition: string;
  /** Executions started (a count, not their ARNs, so a long run does not hold every ARN). */
  executions: number;
  counts: Record<CoverageKind, Map<string, number>>;
}

const CLOSING_EVENTS = new Set(["ExecutionSucceeded", "ExecutionFailed", "ExecutionTimedOut", "ExecutionAborted"]);

/**
 * Workflow coverage, derived from history events as they commit: StateEntered events count
 * states; an entered event whose previous event is a state's exit counts that transition; the
 * decisions the interpreter records beside events name the Choice rule, Retrier or Catcher.
 */
export class CoverageCollector implements HistoryListener {
  private readonly machines = new Map<string, MachineTally>();
  /** Per running execution: exited events by id, to resolve the next state's previousEventId. */
  private readonly exits = new Map<string, Map<number, { state: string; decision: EventDecision | undefined }>>();

  onEvents(execution: ExecutionRecord, events: readonly HistoryEvent[]): void {
    const tally = this.tallyFor(execution);
    let exits = this.exits.get(execution.executionArn);
    if (!exits) {
      exits = new Map();
      this.exits.set(execution.executionArn, exits);
    }
    for (const event of events) {
      if (event.type === "ExecutionStarted") tally.executions += 1;
      const name = event.details?.value["name"];
      if (event.details?.key === "stateEnteredEventDetails" && typeof name === "string") {
        count(tally, "states", name);
        const from = exits.get(event.previousEventId);
        if (from) {
          count(tally, "transitions", transitionKey(from.state, name, via(from.decision)));
          // An exit leads to one state at most: forget it, so a long Map does not pile them up.
          exits.delete(event.previousEventId);
        }
      } else if (event.details?.key === "stateExitedEventDetails" && typeof name === "string") {
        exits.set(event.id, { state: name, decision: event.decision });
        if (event.decision) this.countDecision(tally, name, event.decision);
      } else if (event.decision?.kind === "retrier") {
        this.countDecision(tally, event.decision.state, event.decision);
      }
      if (CLOSING_EVENTS.has(event.type)) this.exits.delete(execution.executionArn);
    }
  }

  /** Forgets everything counted (a reset). */
  clear(): void {
    this.machines.clear();
    this.exits.clear();
  }

  report(): CoverageReport {
    const stateMachines: StateMachineCoverage[] = [];
    for (const [stateMachineArn, tally] of [...this.machines.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const model = coverageModel(tally.definition);
      const measure = (kind: CoverageKind): CoverageMeasure => {
        const counts: Record<string, number> = {};
        for (const item of model[kind]) counts[item] = 0;
        for (const [item, times] of tally.counts[kind]) counts[item] = times;
        const total = model[kind].length;
        const covered = model[kind].filter((item) => (counts[item] ?? 0) > 0).length;
        return { total, covered, ratio: total === 0 ? 1 : covered / total, counts };
      };
      const never = (kind: CoverageKind): string[] => model[kind].filter((item) => !tally.counts[kind].has(item));
      stateMachines.push({
        stateMachineArn,
        executions: tally.executions,
        states: measure("states"),
        transitions: measure("transitions"),
        choiceRules: measure("choiceRules"),
        retriers: measure("retriers"),
        catchers: measure("catchers"),
        notExercised: {
          states: never("states"),
          transitions: never("transitions"),
          choiceRules: never("choiceRules"),
          retriers: never("retriers"),
          catchers: never("catchers"),
        },
      });
    }
    return { stateMachines };
  }

  private tallyFor(execution: ExecutionRecord): MachineTally {
    let tally = this.machines.get(execution.stateMachineArn);
    if (!tally) {
      const counts = { states: new Map(), transitions: new Map(), choiceRules: new Map(), retriers: new Map(), catchers: new Map() };
      tally = { definition: execution.definition, executions: 0, counts };
      this.machines.set(execution.stateMachineArn, tally);
    }
    // The definition the latest execution ran is the one measured against.
    tally.definition = execution.definition;
    return tally;
  }

  private countDecision(tally: MachineTally, state: string, decision: EventDecision): void {
    switch (decision.kind) {
      case "choice-rule":
        count(tally, "choiceRules", `${state}.Choices[${decision.rule}]`);
        break;
      case "choice-default":
        count(tally, "choiceRules", `${state}.Default`);
        break;
      case "retrier":
        count(tally, "retriers", `${state}.Retry[${decision.retrier}]`);
        break;
      case "catcher":
        count(tally, "catchers", `${state}.Catch[${decision.catcher}]`);
        break;
      default:
        assertNever(decision);
    }
  }
}

function count(tally: MachineTally, kind: CoverageKind, item: string): void {
  const counts = tally.counts[kind];
  counts.set(item, (counts.get(item) ?? 0) + 1);
}

function via(decision: EventDecision | undefined): string {
  switch (decision?.kind) {
    case undefined:
    case "retrier":
      return "Next";
    case "choice-rule":
      return `Choices[${decision.rule}]`;
    case "choice-default":
      return "Default";
    case "catcher":
      return `Catch[${decision.catcher}]`;
    default:
      return assertNever(decision);
  }
}
