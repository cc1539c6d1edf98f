/** The list of functions Step Functions adds to (or rebinds in) JSONata, and of those it removes. */
import type { AwsJsonataFunction } from "./aws-jsonata-function";
import { millis, now } from "./clock";
import { hash } from "./hash";
import { parse } from "./parse";
import { partition } from "./partition";
import { random } from "./random";
import { range } from "./range";
import { uuid } from "./uuid";

/** Every function Step Functions adds to JSONata 2.0.6, plus the clock functions rebound to the execution's clock. */
export const AWS_JSONATA_FUNCTIONS: readonly AwsJsonataFunction[] = [
  partition,
  range,
  hash,
  random,
  uuid,
  parse,
  now,
  millis,
];

/** Functions of JSONata 2.0.6 that Step Functions removes; calling one fails as calling any non-function (T1006). */
export const REMOVED_JSONATA_FUNCTIONS: readonly string[] = ["eval"];
