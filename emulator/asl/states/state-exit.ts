/** The transition a state takes once its exit (output and assigned variables) is known. */
import type { StateExit } from "../io/query-flavour";
import type { StateOutcome } from "../interpreter/outcome";

/** The transition a finished state makes, carrying the variables its Assign set. */
export function transitionTo(exit: StateExit, next: string | undefined): StateOutcome {
  return exit.assigned === undefined
    ? { kind: "transition", output: exit.output, next }
    : { kind: "transition", output: exit.output, next, assigned: exit.assigned };
}
