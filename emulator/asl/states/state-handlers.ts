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
      return passState as StateHandler<StateDefinition>;
    case "Succeed":
      return succeedState as StateHandler<StateDefinition>;
    case "Fail":
      return failState as StateHandler<StateDefinition>;
    case "Choice":
      return choiceState as StateHandler<StateDefinition>;
    case "Wait":
      return waitState as StateHandler<StateDefinition>;
    case "Task":
      return taskState as StateHandler<StateDefinition>;
    case "Parallel":
      return parallelState as StateHandler<StateDefinition>;
    case "Map":
      return mapState as StateHandler<StateDefinition>;
    default:
      return assertNever(type);
  }
}
