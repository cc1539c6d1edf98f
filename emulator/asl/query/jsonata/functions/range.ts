/** The JSONata function `$range` that Step Functions adds (an arithmetic sequence). */
import { AwsFunctionError } from "./aws-function-error";
import type { AwsJsonataFunction } from "./aws-jsonata-function";

/** JSONata's own bound for the `..` range operator (D2014); the same bound keeps $range from exhausting memory. */
const MAX_RANGE_LENGTH = 1e7;

/**
 * `$range(start, end, step)`: start, start + step, ... up to and including end when a step lands on it;
 * a negative step counts down.
 */
export const range: AwsJsonataFunction = {
  name: "range",
  signature: "<nnn:a<n>>",
  implementation(_call, start, end, step) {
    const first = start as number;
    const last = end as number;
    const increment = step as number;
    for (const [label, value] of [
      ["start", first],
      ["end", last],
      ["step", increment],
    ] as const) {
      if (!Number.isInteger(value)) {
        throw new AwsFunctionError(`The ${label} of a range must be an integer, but was: ${value}`);
      }
    }
    if (increment === 0) {
      throw new AwsFunctionError("The step of a range must not be zero");
    }
    const length = Math.max(0, Math.floor((last - first) / increment) + 1);
    if (length > MAX_RANGE_LENGTH) {
      throw new AwsFunctionError(`The range must not have more than ${MAX_RANGE_LENGTH} elements, but has: ${length}`);
    }
    const values: number[] = [];
    for (let index = 0; index < length; index++) values.push(first + index * increment);
    // A JSONata sequence, not a plain array: AWS answers 1, not [1], for $range(1, 9, 9), and nothing for an empty range.
    return Object.assign(values, { sequence: true });
  },
};
