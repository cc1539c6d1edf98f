/** The eight state types and the fields each accepts under each query language. */
import type { QueryLanguage } from "../types";

export type { QueryLanguage };

/** The eight state types, in the order AWS lists them in its error message. */
export const STATE_TYPES = ["Task", "Wait", "Pass", "Succeed", "Fail", "Choice", "Parallel", "Map"] as const;
export type StateType = (typeof STATE_TYPES)[number];

export function isStateType(value: unknown): value is StateType {
  return typeof value === "string" && (STATE_TYPES as readonly string[]).includes(value);
}

const COMMON = ["Type", "Comment", "QueryLanguage"];
const TRANSITION = ["Next", "End"];
const JSONPATH_IO = ["InputPath", "OutputPath"];
const ERROR_HANDLING = ["Retry", "Catch"];
const MAP_COMMON = [
  "ItemProcessor",
  "Iterator",
  "ItemReader",
  "ItemSelector",
  "ItemBatcher",
  "ResultWriter",
  "MaxConcurrency",
  "ToleratedFailurePercentage",
  "ToleratedFailureCount",
  "Label",
];

/** Fields each state type accepts under JSONPath. */
const JSONPATH_FIELDS: Record<StateType, readonly string[]> = {
  Pass: [...COMMON, ...TRANSITION, ...JSONPATH_IO, "ResultPath", "Parameters", "Result", "Assign"],
  Task: [
    ...COMMON,
    ...TRANSITION,
    ...JSONPATH_IO,
    ...ERROR_HANDLING,
    "Resource",
    "ResultPath",
    "Parameters",
    "ResultSelector",
    "TimeoutSeconds",
    "TimeoutSecondsPath",
    "HeartbeatSeconds",
    "HeartbeatSecondsPath",
    "Credentials",
    "Assign",
  ],
  Choice: [...COMMON, ...JSONPATH_IO, "Choices", "Default", "Assign"],
  Wait: [...COMMON, ...TRANSITION, ...JSONPATH_IO, "Seconds", "SecondsPath", "Timestamp", "TimestampPath", "Assign"],
  Succeed: [...COMMON, ...JSONPATH_IO],
  Fail: [...COMMON, "Error", "ErrorPath", "Cause", "CausePath"],
  Parallel: [...COMMON, ...TRANSITION, ...JSONPATH_IO, ...ERROR_HANDLING, "Branches", "ResultPath", "Parameters", "ResultSelector", "Assign"],
  Map: [
    ...COMMON,
    ...TRANSITION,
    ...JSONPATH_IO,
    ...ERROR_HANDLING,
    ...MAP_COMMON,
    "ItemsPath",
    "Parameters",
    "ResultPath",
    "ResultSelector",
    "MaxConcurrencyPath",
    "ToleratedFailurePercentagePath",
    "ToleratedFailureCountPath",
    "Assign",
  ],
};

/** Fields each state type accepts under JSONata. */
const JSONATA_FIELDS: Record<StateType, readonly string[]> = {
  Pass: [...COMMON, ...TRANSITION, "Output", "Assign"],
  Task: [...COMMON, ...TRANSITION, ...ERROR_HANDLING, "Resource", "Arguments", "Output", "Assign", "TimeoutSeconds", "HeartbeatSeconds", "Credentials"],
  Choice: [...COMMON, "Choices", "Default", "Output", "Assign"],
  Wait: [...COMMON, ...TRANSITION, "Seconds", "Timestamp", "Output", "Assign"],
  Succeed: [...COMMON, "Output"],
  Fail: [...COMMON, "Error", "Cause"],
  Parallel: [...COMMON, ...TRANSITION, ...ERROR_HANDLING, "Branches", "Arguments", "Output", "Assign"],
  Map: [...COMMON, ...TRANSITION, ...ERROR_HANDLING, ...MAP_COMMON, "Items", "Output", "Assign"],
};

export function fieldsFor(type: StateType, language: QueryLanguage): readonly string[] {
  return language === "JSONPath" ? JSONPATH_FIELDS[type] : JSONATA_FIELDS[type];
}
