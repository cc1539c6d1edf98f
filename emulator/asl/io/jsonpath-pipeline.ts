/**
 * The JSONPath flavour of the per-state data pipeline:
 * InputPath -> Parameters -> (the state's work) -> ResultSelector -> ResultPath -> OutputPath.
 */
import type { Json, JsonObject } from "../../shared/json";
import { AslError } from "../errors/asl-error";
import { describePathMiss, resolvePath, rootValue, splitPathRoot } from "../query/jsonpath";
import type { EvaluationScope } from "./evaluation-scope";
import { evaluatePayloadTemplate } from "./payload-template";
import { applyResultPath } from "./result-path";

export interface JsonPathFields {
  InputPath?: string | null | undefined;
  Parameters?: JsonObject | undefined;
  ResultSelector?: JsonObject | undefined;
  ResultPath?: string | null | undefined;
  OutputPath?: string | null | undefined;
}

/** InputPath then Parameters: what the state works on. */
export function effectiveInput(fields: JsonPathFields, rawInput: Json, scope: EvaluationScope): Json {
  const selected = selectField(fields.InputPath, { ...scope, input: rawInput });
  if (fields.Parameters === undefined) return selected;
  return evaluatePayloadTemplate(fields.Parameters, { ...scope, input: selected });
}

/** ResultSelector, ResultPath and OutputPath: what the state passes on. */
export function stateOutput(fields: JsonPathFields, rawInput: Json, result: Json, scope: EvaluationScope): Json {
  const selected =
    fields.ResultSelector === undefined ? result : evaluatePayloadTemplate(fields.ResultSelector, { ...scope, input: result });
  const combined = applyResultPath(rawInput, selected, fields.ResultPath === undefined ? "$" : fields.ResultPath);
  return selectField(fields.OutputPath, { ...scope, input: combined });
}

/** InputPath alone: what Choice, Wait and Map read their fields from. */
export function selectInput(path: string | null | undefined, scope: EvaluationScope): Json {
  return selectField(path, scope);
}

/** InputPath and OutputPath: `null` gives `{}`, an absent field gives the whole value. */
function selectField(path: string | null | undefined, scope: EvaluationScope): Json {
  if (path === undefined) return scope.input;
  if (path === null) return {};
  const selected = resolvePath(path, scope);
  if (selected.found) return selected.value;
  throw new AslError("States.Runtime", `Invalid path '${path}' : ${pathMissReason(path, scope)}`);
}

/** Why a path found nothing, in the words of AWS's JSONPath library: the last step missing, or an earlier one. */
export function pathMissReason(path: string, scope: EvaluationScope): string {
  const rooted = splitPathRoot(path);
  const data = rooted === null ? undefined : rootValue(rooted.root, scope);
  if (rooted === null || data === undefined) return `No results for path: ${bracketNotation(path)}`;
  return describePathMiss(rooted.path, data);
}

/** AWS names the missing path in bracket notation in its causes: `$['a']['b']`. */
export function bracketNotation(path: string): string {
  return path.replace(/\.([A-Za-z_][\w-]*)/g, "['$1']");
}
