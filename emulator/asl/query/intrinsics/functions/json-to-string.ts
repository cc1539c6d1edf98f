/** The intrinsic function States.JsonToString (a value as JSON text). */
import { toJsonText } from "../../../../shared/json";
import type { IntrinsicFunction } from "../argument-spec";

/** States.JsonToString: compact JSON text of any value. */
export const statesJsonToString: IntrinsicFunction = {
  name: "States.JsonToString",
  signature: { arguments: [{ name: "value", type: "any" }] },
  evaluate(args) {
    return toJsonText(args[0] ?? null);
  },
};
