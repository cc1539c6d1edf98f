/** The intrinsic function States.ArrayUnique (an array without duplicates). */
import type { Json } from "../../../../shared/json";
import { jsonEquals } from "../../jsonpath";
import type { IntrinsicFunction } from "../argument-spec";

/** States.ArrayUnique: the items without structural duplicates, first occurrences kept in order. */
export const statesArrayUnique: IntrinsicFunction = {
  name: "States.ArrayUnique",
  signature: { arguments: [{ name: "array", type: "array" }] },
  evaluate(args) {
    const unique: Json[] = [];
    for (const item of args[0] as Json[]) {
      if (!unique.some((kept) => jsonEquals(kept, item))) unique.push(item);
    }
    return unique;
  },
};
