/** JSONata's `$now` and `$millis`, rebound to the execution's clock. */
import type { AwsJsonataFunction } from "./aws-jsonata-function";

/** `$now([picture [, timezone]])` on the execution's clock, formatted by JSONata's own $fromMillis. */
export const now: AwsJsonataFunction = {
  name: "now",
  signature: "<s?s?:s>",
  implementation(call, picture, timezone) {
    return call.callBuiltin("fromMillis", call.context.nowMillis, picture, timezone);
  },
};

/** `$millis()` on the execution's clock. */
export const millis: AwsJsonataFunction = {
  name: "millis",
  signature: "<:n>",
  implementation(call) {
    return call.context.nowMillis;
  },
};
