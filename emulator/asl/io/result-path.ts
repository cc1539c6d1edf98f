/** ResultPath: how a state's result is written into a copy of its input. */
import { isJsonObject, toJsonText, type Json, type JsonObject } from "../../shared/json";
import { AslError } from "../errors/asl-error";
import { referencePathSteps, splitPathRoot } from "../query/jsonpath";

/**
 * Combines a state's input with its result as ResultPath says: `null` keeps the input, `$` takes the result,
 * any other reference path writes the result into a copy of the input, creating objects along the way.
 */
export function applyResultPath(input: Json, result: Json, resultPath: string | null): Json {
  if (resultPath === null) return input;
  if (resultPath === "$") return result;
  const steps = stepsOf(resultPath, input);
  const output = structuredClone(input);
  let node: Json = output;
  for (const [index, step] of steps.entries()) {
    const last = index === steps.length - 1;
    if (typeof step === "string") {
      if (!isJsonObject(node)) throw matchFailure(step, input);
      if (last) {
        node[step] = result;
        return output;
      }
      node = childContainer(node, step);
    } else {
      if (!Array.isArray(node) || step >= node.length) throw matchFailure(step, input);
      if (last) {
        node[step] = result;
        return output;
      }
      node = node[step] as Json;
    }
  }
  return output;
}

/** The object to descend into under `key`, created when the input has nothing (or null) there. */
function childContainer(parent: JsonObject, key: string): Json {
  const existing = parent[key];
  if (existing === undefined || existing === null) {
    const created: JsonObject = {};
    parent[key] = created;
    return created;
  }
  return existing;
}

function stepsOf(resultPath: string, input: Json): Array<string | number> {
  const rooted = splitPathRoot(resultPath);
  try {
    if (rooted === null || rooted.root.kind !== "input") throw new Error("not an input path");
    return referencePathSteps(resultPath);
  } catch {
    throw new AslError("States.ResultPathMatchFailure", `Unable to apply ResultPath '${resultPath}' to input ${toJsonText(input)}`);
  }
}

// AWS names the step it could not take and the whole state input, as in `Unable to apply step "b" to input {...}`.
function matchFailure(step: string | number, input: Json): AslError {
  return new AslError("States.ResultPathMatchFailure", `Unable to apply step "${step}" to input ${toJsonText(input)}`);
}
