/** The JSONata function `$uuid` that Step Functions adds (a fresh v4 UUID). */
import type { AwsJsonataFunction } from "./aws-jsonata-function";

/** `$uuid()`: a fresh v4 UUID from the execution's source of ids. */
export const uuid: AwsJsonataFunction = {
  name: "uuid",
  signature: "<:s>",
  implementation(call) {
    return call.context.scope.uuid();
  },
};
