import type { Json } from "../../../../shared/json";
import type { IntrinsicFunction } from "../argument-spec";

/** States.StringToJson: parses JSON text; AWS turns an empty string into null. */
export const statesStringToJson: IntrinsicFunction = {
  name: "States.StringToJson",
  signature: { arguments: [{ name: "jsonString", type: "string" }] },
  evaluate(args, invocation) {
    const text = args[0] as string;
    if (text.trim() === "") return null;
    try {
      return JSON.parse(text) as Json;
    } catch {
      return invocation.fail(`The input '${text}' to States.StringToJson is not valid JSON`);
    }
  },
};
