import type { Json } from "../../shared/json";
import { AslError } from "../errors/asl-error";
import { resolvePath } from "../query/jsonpath";
import type { EvaluationScope } from "./evaluation-scope";

/** A number a state reads from its input through a `...Path` field (SecondsPath, MaxConcurrencyPath, ...). */
export function numberAtPath(field: string, path: string, scope: EvaluationScope): number {
  const selected = resolvePath(path, scope);
  if (!selected.found) {
    throw new AslError("States.Runtime", `Invalid path '${path}' : No results for path: ${path}`);
  }
  return requireNumber(field, path, selected.value);
}

function requireNumber(field: string, path: string, value: Json): number {
  if (typeof value === "number") return value;
  throw new AslError(
    "States.Runtime",
    `The value for the field '${field}' must be a number, but the path '${path}' resolved to ${JSON.stringify(value)}`,
  );
}
