/**
 * JSONPath payload templates (Parameters, ResultSelector, ItemSelector): each `.$` key filled from its
 * path or intrinsic call.
 */
import { isJsonObject, toJsonText, type Json, type JsonObject } from "../../shared/json";
import { AslError } from "../errors/asl-error";
import { evaluateIntrinsic, isIntrinsicFunction } from "../query/intrinsics";
import { resolvePath, rootValue, splitPathRoot } from "../query/jsonpath";
import type { EvaluationScope } from "./evaluation-scope";

/**
 * Builds a JSONPath payload (Parameters, ResultSelector, ItemSelector): copies the template, and for every key
 * ending in `.$` stores, under the key without `.$`, the value of its path or intrinsic function call.
 */
export function evaluatePayloadTemplate(template: Json, scope: EvaluationScope): Json {
  if (Array.isArray(template)) return template.map((item) => evaluatePayloadTemplate(item, scope));
  if (!isJsonObject(template)) return template;
  const output: JsonObject = {};
  for (const [key, value] of Object.entries(template)) {
    if (key.endsWith(".$") && key.length > 2) {
      output[key.slice(0, -2)] = evaluateDynamicField(key, value, scope);
    } else {
      output[key] = evaluatePayloadTemplate(value, scope);
    }
  }
  return output;
}

function evaluateDynamicField(key: string, expression: Json, scope: EvaluationScope): Json {
  if (typeof expression !== "string") {
    throw new AslError("States.Runtime", `The value for the field '${key}' must be a valid JSONPath or a valid intrinsic function call`);
  }
  if (isIntrinsicFunction(expression)) return evaluateIntrinsic(expression, scope);
  const result = resolvePath(expression, scope);
  if (result.found) return result.value;
  throw new AslError(
    "States.Runtime",
    `The JSONPath '${expression}' specified for the field '${key}' could not be found in the input '${toJsonText(documentOf(expression, scope))}'`,
  );
}

/** The document the path was read from, which AWS quotes (compact) in the cause. */
function documentOf(path: string, scope: EvaluationScope): Json {
  const rooted = splitPathRoot(path);
  const data = rooted === null ? undefined : rootValue(rooted.root, scope);
  return data === undefined ? scope.input : data;
}
