/** The intrinsic function States.StringToJson (JSON text parsed into a value). */
import type { Json } from "../../../../shared/json";
import { exceedsJsonDepth, MAX_JSON_DEPTH } from "../../../../shared/json-depth";
import type { IntrinsicFunction } from "../argument-spec";

/** States.StringToJson: parses JSON text; AWS turns an empty string into null. */
export const statesStringToJson: IntrinsicFunction = {
  name: "States.StringToJson",
  signature: { arguments: [{ name: "jsonString", type: "string" }] },
  evaluate(args, invocation) {
    const text = args[0] as string;
    if (text.trim() === "") return null;
    let value: Json;
    try {
      value = JSON.parse(text) as Json;
    } catch {
      return invocation.fail(`The input '${text}' to States.StringToJson is not valid JSON`);
    }
    if (exceedsJsonDepth(value)) return invocation.fail(`The input to States.StringToJson nests more than ${MAX_JSON_DEPTH} levels deep`);
    return value;
  },
};
