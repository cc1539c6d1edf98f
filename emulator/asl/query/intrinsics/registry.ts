/** The registry of intrinsic functions: each `States.*` function looked up by its name. */
import type { IntrinsicFunction } from "./argument-spec";
import { statesArray } from "./functions/array";
import { statesArrayContains } from "./functions/array-contains";
import { statesArrayGetItem } from "./functions/array-get-item";
import { statesArrayLength } from "./functions/array-length";
import { statesArrayPartition } from "./functions/array-partition";
import { statesArrayRange } from "./functions/array-range";
import { statesArrayUnique } from "./functions/array-unique";
import { statesBase64Decode } from "./functions/base64-decode";
import { statesBase64Encode } from "./functions/base64-encode";
import { statesFormat } from "./functions/format";
import { statesHash } from "./functions/hash";
import { statesJsonMerge } from "./functions/json-merge";
import { statesJsonToString } from "./functions/json-to-string";
import { statesMathAdd } from "./functions/math-add";
import { statesMathRandom } from "./functions/math-random";
import { statesStringSplit } from "./functions/string-split";
import { statesStringToJson } from "./functions/string-to-json";
import { statesUuid } from "./functions/uuid";

const ALL: readonly IntrinsicFunction[] = [
  statesFormat,
  statesStringToJson,
  statesJsonToString,
  statesArray,
  statesArrayPartition,
  statesArrayContains,
  statesArrayRange,
  statesArrayGetItem,
  statesArrayLength,
  statesArrayUnique,
  statesBase64Encode,
  statesBase64Decode,
  statesHash,
  statesJsonMerge,
  statesMathRandom,
  statesMathAdd,
  statesStringSplit,
  statesUuid,
];

/** The 18 intrinsic functions by their full name. */
export const INTRINSIC_FUNCTIONS: ReadonlyMap<string, IntrinsicFunction> = new Map(ALL.map((fn) => [fn.name, fn]));
