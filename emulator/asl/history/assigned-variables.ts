/** The `assignedVariables` fields a StateExited event carries for the workflow variables a state assigned. */
import type { JsonObject } from "../../shared/json";

/** `assignedVariables` as AWS writes it in stateExitedEventDetails: each value as compact JSON text. */
export function assignedVariablesFields(assigned: JsonObject | undefined): JsonObject {
  if (assigned === undefined || Object.keys(assigned).length === 0) return {};
  const texts: JsonObject = {};
  for (const name of Object.keys(assigned).sort()) texts[name] = JSON.stringify(assigned[name]);
  return { assignedVariables: texts, assignedVariablesDetails: { truncated: false } };
}
