// Replays the JSONata expressions of cases recorded against AWS through this module alone.
// Reading the corpus from disk is the test's job, not the interpreter's: the case loader does it.
import { DEFAULT_CASES_DIR, loadCases } from "../../../../compat-tests/case-loader";
import type { Json, JsonObject } from "../../../shared/json";
import { isJsonObject } from "../../../shared/json";
import { evaluateJsonataTemplate } from "./evaluate-jsonata-template";
import { evaluateJsonataTimestamp } from "./evaluate-jsonata-timestamp";
import { evaluateJsonataArray, evaluateJsonataBoolean, evaluateJsonataInteger, evaluateJsonataNumber, evaluateJsonataString } from "./evaluate-jsonata-typed";
import type { JsonataBindings } from "./jsonata-bindings";
import { isJsonataExpression, jsonataExpressionBody } from "./jsonata-expression";
import type { JsonataSite } from "./jsonata-site";
import { QueryEvaluationError } from "./query-evaluation-error";
import { fixedScope } from "./testing/fixed-scope";
import { matchesRecorded, recordedValue } from "./testing/recorded-match";

const AREAS = ["jsonata_evaluate", "jsonata_output", "intrinsic_functions_jsonata", "query_language", "variables_assign", "scenarios"];

/**
 * Cases of these areas this module cannot check on its own, with the reason. The test fails if a
 * listed case becomes checkable or an unlisted one is not, so the list stays exact.
 */
const NOT_CHECKABLE: Readonly<Record<string, string>> = {
  "query_language/test_base_query_language__TestBaseQueryLanguage__test_base_query_language_field__JSON_PATH": "JSONPath only",
  "query_language/test_base_query_language__TestBaseQueryLanguage__test_base_query_language_field__JSONATA": "a JSONata Pass without Output or Assign: its output is its input, nothing to evaluate",
  "query_language/test_base_query_language__TestBaseQueryLanguage__test_query_language_field_override__JSONATA_OVERRIDE": "a JSONata Pass without Output or Assign: its output is its input, nothing to evaluate",
  "query_language/test_base_query_language__TestBaseQueryLanguage__test_query_language_field_override__JSONATA_OVERRIDE_DEFAULT": "a JSONata Pass without Output or Assign: its output is its input, nothing to evaluate",
  "query_language/test_mixed_query_language__TestMixedQueryLanguageFlow__test_output_to_state__JSONPATH_OUTPUT_TO_JSONATA": "the JSONata state is a Pass without Output or Assign: nothing to evaluate",
  "query_language/test_mixed_query_language__TestMixedQueryLanguageFlow__test_variable_sampling__JSONATA_ASSIGN_JSONPATH_REF": "JSONPath only, despite its name",
  "variables_assign/test_assign_base__TestAssignBase__test_base_cases__BASE_PATHS": "JSONPath only",
  "variables_assign/test_assign_base__TestAssignBase__test_base_cases__BASE_SCOPE_MAP": "JSONPath only",
  "variables_assign/test_assign_base__TestAssignBase__test_base_cases__BASE_VAR": "JSONPath only",
  "variables_assign/test_assign_base__TestAssignBase__test_base_parallel_cases__BASE_SCOPE_PARALLEL": "JSONPath only",
  "variables_assign/test_assign_base__TestAssignBase__test_base_cases__BASE_CONSTANT_LITERALS": "JSONPath only",
  "variables_assign/test_assign_base__TestAssignBase__test_base_cases__BASE_EMPTY": "JSONPath only",
  "variables_assign/test_assign_reference_variables__TestAssignReferenceVariables__test_assign_from_value__BASE_ASSIGN_FROM_INTRINSIC_FUNCTION": "JSONPath only",
  "variables_assign/test_assign_reference_variables__TestAssignReferenceVariables__test_assign_from_value__BASE_ASSIGN_FROM_PARAMETERS": "JSONPath only",
  "variables_assign/test_assign_reference_variables__TestAssignReferenceVariables__test_assign_from_value__BASE_ASSIGN_FROM_RESULT": "JSONPath only",
  "variables_assign/test_assign_reference_variables__TestAssignReferenceVariables__test_assign_in_wait_state": "JSONPath only",
  "variables_assign/test_assign_reference_variables__TestAssignReferenceVariables__test_reference_assign__BASE_REFERENCE_IN_CHOICE": "JSONPath only",
  "variables_assign/test_assign_reference_variables__TestAssignReferenceVariables__test_reference_assign__BASE_REFERENCE_IN_FAIL": "JSONPath only",
  "variables_assign/test_assign_reference_variables__TestAssignReferenceVariables__test_reference_assign__BASE_REFERENCE_IN_INPUTPATH": "JSONPath only",
  "variables_assign/test_assign_reference_variables__TestAssignReferenceVariables__test_reference_assign__BASE_REFERENCE_IN_INTRINSIC_FUNCTION": "JSONPath only",
  "variables_assign/test_assign_reference_variables__TestAssignReferenceVariables__test_reference_assign__BASE_REFERENCE_IN_ITERATOR_OUTER_SCOPE": "JSONPath only",
  "variables_assign/test_assign_reference_variables__TestAssignReferenceVariables__test_reference_assign__BASE_REFERENCE_IN_OUTPUTPATH": "JSONPath only",
  "variables_assign/test_assign_reference_variables__TestAssignReferenceVariables__test_reference_assign__BASE_REFERENCE_IN_PARAMETERS": "JSONPath only",
  "variables_assign/test_assign_reference_variables__TestAssignReferenceVariables__test_reference_assign__BASE_REFERENCE_IN_WAIT": "JSONPath only",
  "variables_assign/test_assign_reference_variables__TestAssignReferenceVariables__test_reference_in_map_state__MAP_STATE_REFERENCE_IN_INTRINSIC_FUNCTION": "JSONPath only",
  "variables_assign/test_assign_reference_variables__TestAssignReferenceVariables__test_reference_in_map_state__MAP_STATE_REFERENCE_IN_ITEMS_PATH": "JSONPath only",
  "variables_assign/test_assign_reference_variables__TestAssignReferenceVariables__test_reference_in_map_state__MAP_STATE_REFERENCE_IN_ITEM_SELECTOR": "JSONPath only",
  "variables_assign/test_assign_reference_variables__TestAssignReferenceVariables__test_reference_in_map_state__MAP_STATE_REFERENCE_IN_MAX_CONCURRENCY_PATH": "JSONPath only",
  "variables_assign/test_assign_reference_variables__TestAssignReferenceVariables__test_reference_in_map_state__MAP_STATE_REFERENCE_IN_TOLERATED_FAILURE_PATH": "JSONPath only",
  "variables_assign/test_assign_reference_variables__TestAssignReferenceVariables__test_state_assign_evaluation_order__BASE_EVALUATION_ORDER_PASS_STATE": "JSONPath only",
};

interface RecordedEvent extends JsonObject {
  id: number;
  type: string;
}

interface RecordedCase {
  id: string;
  kind: string;
  definition?: Json;
  /** The execution input byte for byte; the recorder rewrote dates inside `input` and the events. */
  input_raw?: string;
  expected: JsonObject;
}

interface Check {
  label: string;
  ok: boolean;
  detail: string;
}

function loadJsonataCases(): RecordedCase[] {
  return loadCases(DEFAULT_CASES_DIR)
    .filter(({ area, raw }) => AREAS.includes(area) && (area !== "scenarios" || JSON.stringify(raw["definition"] ?? null).includes("JSONata")))
    .map(({ raw }) => raw as unknown as RecordedCase);
}

/** A single JSONata Pass state with only Output and Assign: the case the brief asks to check directly. */
function isSinglePass(definition: JsonObject): boolean {
  const states = definition["States"] as JsonObject;
  const entries = Object.values(states);
  if (entries.length !== 1) return false;
  const state = entries[0] as JsonObject;
  const language = state["QueryLanguage"] ?? definition["QueryLanguage"];
  const allowed = new Set(["Type", "QueryLanguage", "Output", "Assign", "End", "Comment"]);
  return state["Type"] === "Pass" && language === "JSONata" && Object.keys(state).every((key) => allowed.has(key));
}

function detailsOf(event: RecordedEvent, key: string): JsonObject {
  const details = event[key];
  return isJsonObject(details) ? details : {};
}

function contextOf(events: RecordedEvent[], stateName: string, enteredTime: string): Json {
  const started = events.find((event) => event.type === "ExecutionStarted");
  const input = started === undefined ? {} : recordedValue(detailsOf(started, "executionStartedEventDetails")["input"] ?? {});
  return {
    Execution: { Id: "arn:aws:states:us-east-1:111111111111:execution:sm:exec", Input: input, Name: "exec", RoleArn: "snf_role_arn", StartTime: enteredTime, RedriveCount: 0 },
    // AWS's recorded context of a Pass state has no State.RetryCount.
    State: { EnteredTime: enteredTime, Name: stateName },
    StateMachine: { Id: "arn:aws:states:us-east-1:111111111111:stateMachine:sm", Name: "sm" },
  };
}

async function expectFailure(label: string, run: () => Promise<unknown>, failed: JsonObject): Promise<Check> {
  try {
    const value = await run();
    return { label, ok: false, detail: `expected ${String(failed["error"])} but got ${JSON.stringify(value)}` };
  } catch (error) {
    if (!(error instanceof QueryEvaluationError)) throw error;
    const ok =
      error.error === failed["error"] &&
      error.cause === failed["cause"] &&
      (failed["location"] === undefined || error.location === failed["location"]) &&
      error.state === failed["state"];
    return { label, ok, detail: ok ? "" : `got ${error.error}: ${error.cause} @${error.location}` };
  }
}

async function expectValue(label: string, run: () => Promise<Json>, recorded: Json | undefined): Promise<Check> {
  try {
    const value = await run();
    if (recorded === undefined) return { label, ok: true, detail: "" };
    const ok = matchesRecorded(recordedValue(recorded), value);
    return { label, ok, detail: ok ? "" : `got ${JSON.stringify(value)}, recorded ${JSON.stringify(recorded)}` };
  } catch (error) {
    if (!(error instanceof QueryEvaluationError)) throw error;
    return { label, ok: false, detail: `failed: ${error.cause}` };
  }
}

/** An expression string's body, or undefined for a literal. */
function expressionIn(value: Json | undefined): string | undefined {
  return value !== undefined && isJsonataExpression(value) ? jsonataExpressionBody(value) : undefined;
}

/**
 * Walks the recorded history of the top-level states and evaluates each JSONata field of a JSONata
 * state with the input and variables the history shows, comparing with what AWS recorded.
 */
async function replay(recorded: RecordedCase): Promise<Check[]> {
  const definition = recorded.definition as JsonObject;
  const states = definition["States"] as JsonObject;
  const topLanguage = definition["QueryLanguage"] ?? "JSONPath";
  const events = (recorded.expected["events"] ?? []) as unknown as RecordedEvent[];
  const checks: Check[] = [];
  let variables: Record<string, Json> = {};
  const enteredIndexes = events
    .map((event, index) => ({ event, index }))
    .filter(({ event }) => event.type.endsWith("StateEntered") && typeof detailsOf(event, "stateEnteredEventDetails")["name"] === "string")
    .filter(({ event }) => (detailsOf(event, "stateEnteredEventDetails")["name"] as string) in states)
    .map(({ index }) => index);

  for (const [position, enteredIndex] of enteredIndexes.entries()) {
    const entered = events[enteredIndex] as RecordedEvent;
    const enteredDetails = detailsOf(entered, "stateEnteredEventDetails");
    const name = enteredDetails["name"] as string;
    const state = states[name] as JsonObject;
    const end = enteredIndexes[position + 1] ?? events.length;
    const window = events.slice(enteredIndex + 1, end);
    const exited = window.find((event) => event.type.endsWith("StateExited") && detailsOf(event, "stateExitedEventDetails")["name"] === name);
    const evaluationFailed = window.find((event) => event.type === "EvaluationFailed");
    const executionFailed = window.find((event) => event.type === "ExecutionFailed");
    const nextEntered = events[end] === undefined ? undefined : (detailsOf(events[end] as RecordedEvent, "stateEnteredEventDetails")["name"] as string);

    const language = state["QueryLanguage"] ?? topLanguage;
    if (language === "JSONata") {
      const bindings: JsonataBindings = {
        // The first state's input is the execution input, whose dates only input_raw still holds.
        states: { input: position === 0 && recorded.input_raw !== undefined ? (JSON.parse(recorded.input_raw) as Json) : recordedValue(enteredDetails["input"] ?? null), context: contextOf(events, name, "2024-11-15T16:16:35.000Z") },
        variables,
      };
      const scope = fixedScope();
      const siteOf = (field: string): JsonataSite => ({ stateName: name, enteredEventId: entered.id, field });
      const label = (field: string) => `${name}.${field}`;

      if (evaluationFailed !== undefined) {
        const failed = detailsOf(evaluationFailed, "evaluationFailedEventDetails");
        const location = String(failed["location"] ?? "");
        const root = location.split(/[/[]/)[0] as string;
        const value = state[root];
        if (value !== undefined) {
          const site = siteOf(root);
          const run = (): Promise<unknown> => {
            const body = expressionIn(value);
            switch (root) {
              case "Items":
                return evaluateJsonataArray(body ?? "", bindings, scope, site);
              case "Timestamp":
                return evaluateJsonataTimestamp(body ?? "", bindings, scope, site);
              case "Seconds":
                return evaluateJsonataInteger(body ?? "", bindings, scope, site);
              default:
                return evaluateJsonataTemplate(value, bindings, scope, site);
            }
          };
          checks.push(await expectFailure(label(location), run, failed));
        }
      } else {
        checks.push(...(await successChecks(state, bindings, scope, siteOf, label, exited, executionFailed, window, nextEntered)));
      }
    }
    const assigned = exited === undefined ? undefined : detailsOf(exited, "stateExitedEventDetails")["assignedVariables"];
    if (isJsonObject(assigned)) {
      variables = { ...variables };
      for (const [key, text] of Object.entries(assigned)) variables[key] = recordedValue(text);
    }
  }
  return checks;
}

async function successChecks(
  state: JsonObject,
  bindings: JsonataBindings,
  scope: ReturnType<typeof fixedScope>,
  siteOf: (field: string) => JsonataSite,
  label: (field: string) => string,
  exited: RecordedEvent | undefined,
  executionFailed: RecordedEvent | undefined,
  window: RecordedEvent[],
  nextEntered: string | undefined,
): Promise<Check[]> {
  const checks: Check[] = [];
  const exitedDetails = exited === undefined ? {} : detailsOf(exited, "stateExitedEventDetails");
  const assigned = exitedDetails["assignedVariables"];
  const checkAssign = async (assign: Json | undefined, field: string) => {
    if (!isJsonObject(assign) || !isJsonObject(assigned)) return;
    for (const [key, template] of Object.entries(assign)) {
      checks.push(await expectValue(label(`${field}/${key}`), () => evaluateJsonataTemplate(template, bindings, scope, siteOf(`${field}/${key}`)), assigned[key]));
    }
  };
  switch (state["Type"]) {
    case "Pass":
      if (exited === undefined) break;
      if (state["Output"] !== undefined) {
        const output = state["Output"];
        checks.push(await expectValue(label("Output"), () => evaluateJsonataTemplate(output, bindings, scope, siteOf("Output")), exitedDetails["output"]));
      }
      await checkAssign(state["Assign"], "Assign");
      break;
    case "Choice": {
      const choices = (state["Choices"] ?? []) as JsonObject[];
      let chosen: { next: Json | undefined; rule: JsonObject | undefined; field: string } = { next: state["Default"], rule: undefined, field: "" };
      for (const [index, rule] of choices.entries()) {
        const condition = expressionIn(rule["Condition"]);
        const matched =
          condition === undefined ? rule["Condition"] === true : await evaluateJsonataBoolean(condition, bindings, scope, siteOf(`Choices[${index}]/Condition`));
        if (matched) {
          chosen = { next: rule["Next"], rule, field: `Choices[${index}]/` };
          break;
        }
      }
      checks.push({ label: label("Choices"), ok: nextEntered === undefined || chosen.next === nextEntered, detail: `chose ${String(chosen.next)}, recorded ${String(nextEntered)}` });
      const owner = chosen.rule ?? state;
      if (owner["Output"] !== undefined && exited !== undefined) {
        const output = owner["Output"];
        checks.push(await expectValue(label(`${chosen.field}Output`), () => evaluateJsonataTemplate(output, bindings, scope, siteOf(`${chosen.field}Output`)), exitedDetails["output"]));
      }
      await checkAssign(owner["Assign"], `${chosen.field}Assign`);
      break;
    }
    case "Wait": {
      const seconds = expressionIn(state["Seconds"]);
      if (seconds !== undefined) checks.push(await expectValue(label("Seconds"), () => evaluateJsonataInteger(seconds, bindings, scope, siteOf("Seconds")), undefined));
      const timestamp = expressionIn(state["Timestamp"]);
      if (timestamp !== undefined) checks.push(await expectValue(label("Timestamp"), () => evaluateJsonataTimestamp(timestamp, bindings, scope, siteOf("Timestamp")), undefined));
      break;
    }
    case "Map": {
      const items = state["Items"];
      const started = window.find((event) => event.type === "MapStateStarted");
      const length = started === undefined ? undefined : detailsOf(started, "mapStateStartedEventDetails")["length"];
      const itemsExpression = expressionIn(items);
      if (itemsExpression !== undefined) {
        checks.push(await expectValue(label("Items"), async () => (await evaluateJsonataArray(itemsExpression, bindings, scope, siteOf("Items"))).length, length));
      } else if (Array.isArray(items) && JSON.stringify(items).includes("{%")) {
        // A literal array may hold expressions; it is evaluated as a template.
        checks.push(await expectValue(label("Items"), async () => ((await evaluateJsonataTemplate(items, bindings, scope, siteOf("Items"))) as Json[]).length, length));
      }
      const concurrency = expressionIn(state["MaxConcurrency"]);
      if (concurrency !== undefined) checks.push(await expectValue(label("MaxConcurrency"), () => evaluateJsonataInteger(concurrency, bindings, scope, siteOf("MaxConcurrency")), undefined));
      const percentage = expressionIn(state["ToleratedFailurePercentage"]);
      if (percentage !== undefined) checks.push(await expectValue(label("ToleratedFailurePercentage"), () => evaluateJsonataNumber(percentage, bindings, scope, siteOf("ToleratedFailurePercentage")), undefined));
      break;
    }
    case "Fail": {
      const failed = executionFailed === undefined ? {} : detailsOf(executionFailed, "executionFailedEventDetails");
      for (const field of ["Error", "Cause"] as const) {
        const expression = expressionIn(state[field]);
        if (expression !== undefined) {
          checks.push(await expectValue(label(field), () => evaluateJsonataString(expression, bindings, scope, siteOf(field)), JSON.stringify(failed[field.toLowerCase()] ?? null)));
        }
      }
      break;
    }
    default:
      break;
  }
  return checks;
}

describe("JSONata expressions of the cases recorded against AWS", () => {
  const cases = loadJsonataCases().filter((recorded) => recorded.kind === "execution" && isJsonObject(recorded.definition ?? null));
  const results = new Map<string, Check[]>();

  beforeAll(async () => {
    for (const recorded of cases) results.set(recorded.id, await replay(recorded));
  });

  it("checks every case not listed as uncheckable, and none that is listed", () => {
    const unchecked = cases.filter((recorded) => (results.get(recorded.id) ?? []).length === 0).map((recorded) => recorded.id);
    expect(unchecked.sort()).toEqual(Object.keys(NOT_CHECKABLE).sort());
  });

  it("matches AWS for every single-state JSONata Pass case (Output and Assign, values and failures)", () => {
    const single = cases.filter((recorded) => isSinglePass(recorded.definition as JsonObject) && !(recorded.id in NOT_CHECKABLE));
    const failing = single.flatMap((recorded) => (results.get(recorded.id) ?? []).filter((check) => !check.ok).map((check) => `${recorded.id} ${check.label}: ${check.detail}`));
    const passed = single.filter((recorded) => (results.get(recorded.id) ?? []).every((check) => check.ok)).length;
    process.stdout.write(`single JSONata Pass cases: ${passed}/${single.length} match AWS\n`);
    expect(single.length).toBe(39);
    expect(failing).toEqual([]);
  });

  it("matches AWS for every JSONata field replayed from the other recorded histories", () => {
    const others = cases.filter((recorded) => !isSinglePass(recorded.definition as JsonObject) && (results.get(recorded.id) ?? []).length > 0);
    const failing = others.flatMap((recorded) => (results.get(recorded.id) ?? []).filter((check) => !check.ok).map((check) => `${recorded.id} ${check.label}: ${check.detail}`));
    const checks = others.reduce((count, recorded) => count + (results.get(recorded.id) ?? []).length, 0);
    const passed = others.filter((recorded) => (results.get(recorded.id) ?? []).every((check) => check.ok)).length;
    process.stdout.write(`replayed cases: ${passed}/${others.length} match AWS (${checks} expressions)\n`);
    expect(failing).toEqual([]);
  });
});
