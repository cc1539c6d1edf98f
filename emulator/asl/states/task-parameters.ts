/** The checks AWS makes of a Task's parameters before it schedules the work. */
import { isJsonObject, type Json } from "../../shared/json";
import type { TaskResource } from "../definition/task-resource";

/**
 * What AWS finds wrong with a Task's parameters before it schedules the work, in its wording
 * ("The value of the field 'Headers' has an invalid format"), or undefined when they are usable.
 */
export function taskParametersProblem(resource: TaskResource, parameters: Json): string | undefined {
  if (resource.kind === "service" && resource.resourceType === "apigateway" && resource.action === "invoke" && isJsonObject(parameters)) {
    const headers = parameters["Headers"];
    // API Gateway headers are multi-valued: each name maps to a list of strings.
    const valid = headers === undefined || (isJsonObject(headers) && Object.values(headers).every((v) => Array.isArray(v) && v.every((x) => typeof x === "string")));
    if (!valid) return "The value of the field 'Headers' has an invalid format";
  }
  return undefined;
}
