/** The intrinsic function States.StringSplit (a string split into pieces). */
import type { IntrinsicFunction } from "../argument-spec";

/** States.StringSplit: splits on any one of the separator's characters and drops empty pieces, as AWS does. */
export const statesStringSplit: IntrinsicFunction = {
  name: "States.StringSplit",
  signature: {
    arguments: [
      { name: "value", type: "string" },
      { name: "separators", type: "string" },
    ],
  },
  evaluate(args) {
    const [value, separators] = args as [string, string];
    if (separators.length === 0) return value.length === 0 ? [] : [value];
    const pieces: string[] = [];
    let current = "";
    for (const char of value) {
      if (separators.includes(char)) {
        if (current !== "") pieces.push(current);
        current = "";
      } else {
        current += char;
      }
    }
    if (current !== "") pieces.push(current);
    return pieces;
  },
};
