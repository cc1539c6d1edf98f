// Replays every recorded AWS case whose definition is a single JSONPath Pass state through this folder's
// functions (InputPath -> Parameters/Result -> ResultPath -> OutputPath) and compares with what AWS answered.
import { DEFAULT_CASES_DIR, loadCases } from "../../../../compat-tests/case-loader";
import { isJsonObject, type Json, type JsonObject } from "../../../shared/json";
import { AslError } from "../../errors/asl-error";
import type { EvaluationScope } from "../../io/evaluation-scope";
import { evaluatePayloadTemplate } from "../../io/payload-template";
import { applyResultPath } from "../../io/result-path";
import { describePathMiss, resolvePath } from "../jsonpath";

/** Cases that fit the shape but that these functions alone cannot answer, each with the reason. */
const NOT_CHECKABLE: Readonly<Record<string, string>> = {
  "error_handling/test_states_errors__TestStatesErrors__test_start_large_input":
    "fails on the 256 KiB payload limit, which the interpreter enforces, not the data functions",
};

interface RecordedCase {
  id: string;
  kind: string;
  definition?: unknown;
  input_raw?: string | null;
  snapshot_transformers?: Array<{ args?: unknown[] }>;
  expected: { status?: string; output?: Json; error?: string; cause?: string };
}

interface PassState {
  Type: "Pass";
  InputPath?: string | null;
  OutputPath?: string | null;
  ResultPath?: string | null;
  Parameters?: Json;
  Result?: Json;
  QueryLanguage?: string;
  Assign?: Json;
}

function loadPassCases(): Array<{ recorded: RecordedCase; stateName: string; state: PassState }> {
  const found: Array<{ recorded: RecordedCase; stateName: string; state: PassState }> = [];
  for (const { raw } of loadCases(DEFAULT_CASES_DIR, { kinds: ["execution"] })) {
    const recorded = raw as unknown as RecordedCase;
    if (!isJsonObject(recorded.definition as Json)) continue;
    const definition = recorded.definition as JsonObject;
    const states = definition["States"];
    if (!isJsonObject(states ?? null) || definition["QueryLanguage"] === "JSONata") continue;
    const entries = Object.entries(states as JsonObject);
    if (entries.length !== 1) continue;
    const [stateName, state] = entries[0] as [string, Json];
    if (!isJsonObject(state) || state["Type"] !== "Pass" || state["QueryLanguage"] === "JSONata" || "Assign" in state) continue;
    found.push({ recorded, stateName, state: state as unknown as PassState });
  }
  return found;
}

/** The context object with the placeholders the recorder wrote in place of ARNs, names and times. */
function contextFor(input: Json, stateName: string): Json {
  return {
    Execution: {
      Id: "arn:<partition>:states:<region>:111111111111:execution:<ArnPart_0idx>:<ExecArnPart_0idx>",
      Input: input,
      StartTime: "date",
      Name: "<ExecArnPart_0idx>",
      RoleArn: "snf_role_arn",
      RedriveCount: 0,
    },
    StateMachine: { Id: "arn:<partition>:states:<region>:111111111111:stateMachine:<ArnPart_0idx>", Name: "<ArnPart_0idx>" },
    State: { Name: stateName, EnteredTime: "date" },
  };
}

function selectOrFail(path: string, scope: EvaluationScope): Json {
  const result = resolvePath(path, scope);
  if (result.found) return result.value;
  throw new AslError("States.Runtime", `Invalid path '${path}' : ${describePathMiss(path.startsWith("$$") ? path.slice(1) : path, path.startsWith("$$") ? scope.context : scope.input)}`);
}

type Outcome = { status: "SUCCEEDED"; output: Json } | { status: "FAILED"; error: string; cause: string };

function runPassState(stateName: string, state: PassState, input: Json): Outcome {
  let counter = 0;
  const scope = (data: Json): EvaluationScope => ({
    input: data,
    context: contextFor(input, stateName),
    variables: {},
    random: () => 0.5,
    uuid: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, "0")}`,
    now: () => 0,
  });
  try {
    const effective = state.InputPath === null ? {} : selectOrFail(state.InputPath ?? "$", scope(input));
    const result =
      state.Parameters !== undefined ? evaluatePayloadTemplate(state.Parameters, scope(effective)) : state.Result !== undefined ? state.Result : effective;
    const combined = applyResultPath(input, result, state.ResultPath === undefined ? "$" : state.ResultPath);
    const output = state.OutputPath === null ? {} : selectOrFail(state.OutputPath ?? "$", scope(combined));
    return { status: "SUCCEEDED", output };
  } catch (error) {
    if (!(error instanceof AslError)) throw error;
    // The interpreter adds this prefix; the first state is always entered at event #2.
    return { status: "FAILED", error: error.error, cause: `An error occurred while executing the state '${stateName}' (entered at the event id #2). ${error.cause}` };
  }
}

/** Compares as the README says: `<token>` placeholders bind once; transformer replacements match anything. */
function matches(expected: Json | undefined, actual: Json | undefined, wildcards: ReadonlySet<string>, bindings: Map<string, string>): boolean {
  if (typeof expected === "string" && wildcards.has(expected)) return actual !== undefined;
  if (typeof expected === "string" && typeof actual === "string" && /<[^<>]+>/.test(expected)) {
    const parts = expected.split(/(<[^<>]+>)/);
    const pattern = parts.map((part) => (/^<[^<>]+>$/.test(part) ? "([\\s\\S]*?)" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("");
    const match = new RegExp(`^${pattern}$`).exec(actual);
    if (!match) return false;
    const tokens = parts.filter((part) => /^<[^<>]+>$/.test(part));
    return tokens.every((token, index) => {
      const bound = bindings.get(token);
      const value = match[index + 1] as string;
      if (bound === undefined) bindings.set(token, value);
      return bound === undefined || bound === value;
    });
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.length === actual.length && expected.every((item, index) => matches(item, actual[index], wildcards, bindings));
  }
  if (isJsonObject(expected ?? null)) {
    if (!isJsonObject(actual ?? null)) return false;
    const left = expected as JsonObject;
    const right = actual as JsonObject;
    const keys = Object.keys(left);
    return keys.length === Object.keys(right).length && keys.every((key) => key in right && matches(left[key], right[key], wildcards, bindings));
  }
  return expected === actual;
}

function wildcardsOf(recorded: RecordedCase): Set<string> {
  const values = (recorded.snapshot_transformers ?? []).map((transformer) => transformer.args?.[1]).filter((value): value is string => typeof value === "string");
  return new Set(values);
}

const cases = loadPassCases();
const checkable = cases.filter(({ recorded }) => !(recorded.id in NOT_CHECKABLE));

describe("recorded AWS cases with a single JSONPath Pass state", () => {
  it("finds the recorded cases", () => {
    expect(cases.length).toBeGreaterThan(100);
    for (const id of Object.keys(NOT_CHECKABLE)) expect(cases.map((entry) => entry.recorded.id)).toContain(id);
  });

  it.each(checkable.map((entry) => [entry.recorded.id, entry] as const))("%s", (_id, { recorded, stateName, state }) => {
    const input = recorded.input_raw === null || recorded.input_raw === undefined ? {} : (JSON.parse(recorded.input_raw) as Json);
    const outcome = runPassState(stateName, state, input);
    const expected = recorded.expected;
    const wildcards = wildcardsOf(recorded);
    if (expected.status === "SUCCEEDED") {
      expect(outcome.status).toBe("SUCCEEDED");
      // README rule 1 applied only to whole event payloads: JSON text nested inside an output stayed text.
      const actual = outcome.status === "SUCCEEDED" ? outcome.output : null;
      if (!matches(expected.output, actual, wildcards, new Map())) expect(actual).toEqual(expected.output);
    } else {
      expect(outcome).toMatchObject({ status: expected.status, error: expected.error });
      const cause = outcome.status === "FAILED" ? outcome.cause : "";
      if (!matches(expected.cause ?? "", cause, wildcards, new Map())) expect(cause).toEqual(expected.cause);
    }
  });
});
