/** TestState's answer in AWS's wire form: outputs as Python-style JSON text, and the inspection data AWS shows for the state. */
import type { CompiledState } from "../asl";
import type { TestStateResult, TestStateStatus } from "../runtime/test-state-request";
import { TRACE_FIELDS } from "../runtime/test-state-trace";
import type { Json, JsonObject } from "../shared/json";
import { pythonJsonText } from "../shared/python-json";

/** TestStateOutput as the emulator serves it. */
export interface TestStateResponse {
  status: TestStateStatus;
  output?: string;
  error?: string;
  cause?: string;
  nextState?: string;
  inspectionData?: JsonObject;
}

/** The wire answer for a run, with inspection data at the DEBUG and TRACE levels. */
export function testStateResponse(result: TestStateResult, level: "INFO" | "DEBUG" | "TRACE"): TestStateResponse {
  const response: TestStateResponse = { status: result.status };
  if (result.error !== undefined) response.error = result.error;
  if (result.cause !== undefined) response.cause = result.cause;
  if (result.output !== undefined) response.output = pythonJsonText(result.output);
  if (result.nextState !== undefined) response.nextState = result.nextState;
  if (level !== "INFO") response.inspectionData = inspectionData(result.inspection, result.state, level === "TRACE");
  return response;
}

/** Which recorded values AWS shows for each state type and query language. */
function inspectionData(recorded: Map<string, Json>, state: CompiledState, trace: boolean): JsonObject {
  const definition = state.definition;
  const jsonPath = state.queryLanguage === "JSONPath";
  const shown: string[] = ["input", "errorDetails"];
  switch (definition.Type) {
    case "Pass":
      if (!jsonPath) break;
      if (definition.Result !== undefined) {
        recorded.set("result", definition.Result);
        shown.push("result", "afterResultSelector", "afterResultPath");
      } else {
        shown.push("afterInputPath", "afterParameters", "afterResultSelector", "afterResultPath");
      }
      break;
    case "Task":
      shown.push(...(jsonPath ? ["afterInputPath", "afterParameters", "afterResultSelector", "afterResultPath"] : ["afterArguments"]), "result");
      break;
    case "Fail":
      if (jsonPath && !recorded.has("afterInputPath")) recorded.set("afterInputPath", recorded.get("input") ?? null);
      if (jsonPath) shown.push("afterInputPath");
      break;
    case "Choice":
    case "Succeed":
    case "Wait":
      if (jsonPath) shown.push("afterInputPath");
      break;
    case "Map":
      shown.push("maxConcurrency", "toleratedFailureCount", "toleratedFailurePercentage");
      if (jsonPath) shown.push("afterInputPath", "afterItemsPath", "afterResultSelector", "afterResultPath");
      break;
    case "Parallel":
      if (jsonPath) shown.push("afterResultSelector", "afterResultPath");
      break;
  }
  const data: JsonObject = {};
  for (const field of shown) {
    const value = recorded.get(field);
    if (value === undefined) continue;
    data[field] = NUMBER_FIELDS.has(field) || field === "errorDetails" ? value : pythonJsonText(value);
  }
  for (const field of trace ? TRACE_FIELDS : []) {
    const value = recorded.get(field);
    if (value !== undefined) data[field] = value;
  }
  return data;
}

const NUMBER_FIELDS = new Set(["maxConcurrency", "toleratedFailureCount", "toleratedFailurePercentage"]);
