/** The JSONata function `$random` as Step Functions redefines it (optionally seeded, as Java draws it). */
import type { AwsJsonataFunction } from "./aws-jsonata-function";
import { JavaRandom, toJavaLong } from "../../java-random";

/**
 * `$random([seed])`: a number in [0, 1). Unseeded it reads the execution's randomness; seeded it is
 * the first nextDouble() of java.util.Random(seed), the same number AWS gives for the same seed.
 */
export const random: AwsJsonataFunction = {
  name: "random",
  signature: "<n?:n>",
  implementation(call, seed) {
    if (seed === undefined) return call.context.scope.random();
    return new JavaRandom(toJavaLong(seed as number)).nextDouble();
  },
};
