/**
 * Validation of a state's Retry and Catch lists beyond their schema: where `States.ALL` may stand, and the
 * paths and expressions inside catchers.
 */
import { isJsonObject, type JsonObject } from "../../../shared/json";
import type { Diagnostic } from "../diagnostic";
import { schemaError } from "./diagnostic-builders";
import { checkJsonataValues } from "./jsonata-checks";
import { at } from "./location";
import { checkPath, checkPayloadTemplate } from "./path-checks";
import type { QueryLanguage } from "./state-fields";

const STATES_ALL = "States.ALL";

/**
 * Checks what the schema cannot: `States.ALL` alone in its ErrorEquals and only in the last
 * retrier or catcher, and the paths and expressions inside catchers.
 */
export function checkRetryAndCatch(state: JsonObject, language: QueryLanguage, location: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const field of ["Retry", "Catch"] as const) {
    const entries = state[field];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry, index) => {
      if (!isJsonObject(entry)) return;
      const entryLocation = at(location, field, index);
      const errors = entry["ErrorEquals"];
      if (Array.isArray(errors) && errors.includes(STATES_ALL)) {
        if (errors.length > 1) problems.push(schemaError(`${STATES_ALL} must appear alone in the ErrorEquals array`, at(entryLocation, "ErrorEquals")));
        if (index !== entries.length - 1) problems.push(schemaError(`${STATES_ALL} must appear in the last ${field === "Retry" ? "Retrier" : "Catcher"}`, entryLocation));
      }
      if (field === "Retry") return;
      if (language === "JSONPath") {
        problems.push(...checkPath(entry["ResultPath"], at(entryLocation, "ResultPath"), { reference: true }));
        problems.push(...checkPayloadTemplate(entry["Assign"], at(entryLocation, "Assign")));
      } else {
        problems.push(...checkJsonataValues(entry["Output"], at(entryLocation, "Output")));
        problems.push(...checkJsonataValues(entry["Assign"], at(entryLocation, "Assign")));
      }
    });
  }
  return problems;
}
