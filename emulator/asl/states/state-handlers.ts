/** The handler for each state type, chosen by an exhaustive switch. */
import { assertNever } from "../../shared/assert-never";
import type { StateDefinition, StateType } from "../definition/types";
import type { StateHandler } from "../interpreter/state-handler";
import { choiceState } from "./choice-state";
import { failState } from "./fail-state";
import { mapState } from "./map-state";
import { parallelState } from "./parallel-state";
import { passState } from "./pass-state";
import { succeedState } from "./succeed-state";
import { taskState } from "./task-state";
import { waitState } from "./wait-state";

/** The one place that knows every state type: adding a type without a handler fails to compile. */
export function stateHandler(type: StateType): StateHandler<StateDefinition> {
  switch (type) {
    case "Pass":
      return passState;
    case "Succeed":
      return succeedState;
    case "Fail":
      return failState;
    case "Choice":
      return choiceState;
    case "Wait":
      return waitState;
    case "Task":
      return taskState;
    case "Parallel":
      return parallelState;
    case "Map":
      return mapState;
    default:
      return assertNever(type);
  }
}
