import { AwsFunctionError } from "./aws-function-error";
import type { AwsJsonataFunction } from "./aws-jsonata-function";

/** `$parse(text)`: the JSON value the text holds (Step Functions' replacement for `$eval`). */
export const parse: AwsJsonataFunction = {
  name: "parse",
  signature: "<s-:j>",
  implementation(_call, text) {
    try {
      return JSON.parse(text as string) as unknown;
    } catch {
      throw new AwsFunctionError(`The string is not valid JSON: ${text as string}`);
    }
  },
};
