/** The JSONata function `$parse` that Step Functions adds (JSON text to a value). */
import { exceedsJsonDepth, MAX_JSON_DEPTH } from "../../../../shared/json-depth";
import { AwsFunctionError } from "./aws-function-error";
import type { AwsJsonataFunction } from "./aws-jsonata-function";

/** `$parse(text)`: the JSON value the text holds (Step Functions' replacement for `$eval`). */
export const parse: AwsJsonataFunction = {
  name: "parse",
  signature: "<s-:j>",
  implementation(_call, text) {
    let value: unknown;
    try {
      value = JSON.parse(text as string);
    } catch {
      throw new AwsFunctionError(`The string is not valid JSON: ${text as string}`);
    }
    // JSONata's own functions recurse over values; a deeper one would overflow them.
    if (exceedsJsonDepth(value)) throw new AwsFunctionError(`The string nests JSON more than ${MAX_JSON_DEPTH} levels deep`);
    return value;
  },
};
