/**
 * Step Functions Local's mock config format: parsing and checking it (errors name the JSON Pointer)
 * and picking the answer for the n-th call of a mocked response.
 */
import type { Json, JsonObject } from "../../shared/json";
import { isJsonObject } from "../../shared/json";

/**
 * One numbered answer of a mocked response: a result, or an error with its cause; beyond Step
 * Functions Local, it may arrive DelaySeconds later on the emulator's clock, so timeouts can fire.
 */
export type MockedAnswer = ({ Return: Json } | { Throw: { Error: string; Cause?: string } }) & { DelaySeconds?: number };

/** The longest delay a mocked answer may take: TimeoutSeconds' own maximum, so any timeout can be outlasted. */
export const MAX_DELAY_SECONDS = 99_999_999;

/** A mocked response: answers by zero-based invocation ranges, sorted by their first invocation. */
export interface MockedResponse {
  ranges: Array<{ from: number; to: number; answer: MockedAnswer }>;
}

/** A Step Functions Local mock config, checked: state machine -> test case -> state -> response. */
export interface MockConfig {
  stateMachines: Map<string, Map<string, Map<string, string>>>;
  responses: Map<string, MockedResponse>;
}

/** A bad mock config file, with where in it and what is wrong. */
export class MockConfigError extends Error {
  constructor(
    readonly file: string,
    readonly pointer: string,
    readonly problem: string,
  ) {
    super(`mock config ${file}: at ${pointer || "/"}: ${problem}`);
  }
}

function pointer(...parts: string[]): string {
  return parts.map((part) => "/" + part.replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

/** Parses and checks a mock config file's text; every problem names its JSON Pointer in the file. */
export function parseMockConfig(text: string, file: string): MockConfig {
  let document: Json;
  try {
    document = JSON.parse(text) as Json;
  } catch (error) {
    throw new MockConfigError(file, "", `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const fail = (path: string, problem: string): never => {
    throw new MockConfigError(file, path, problem);
  };
  if (!isJsonObject(document)) fail("", "must be a JSON object with StateMachines and MockedResponses");
  const root = document as JsonObject;
  for (const key of Object.keys(root)) {
    if (key !== "StateMachines" && key !== "MockedResponses") fail(pointer(key), "unknown field; expected StateMachines or MockedResponses");
  }
  const responses = new Map<string, MockedResponse>();
  const rawResponses = root["MockedResponses"] ?? {};
  if (!isJsonObject(rawResponses)) fail(pointer("MockedResponses"), "must be an object of named mocked responses");
  for (const [name, raw] of Object.entries(rawResponses as JsonObject)) {
    responses.set(name, parseResponse(raw, pointer("MockedResponses", name), fail));
  }
  const stateMachines = new Map<string, Map<string, Map<string, string>>>();
  const rawMachines = root["StateMachines"] ?? {};
  if (!isJsonObject(rawMachines)) fail(pointer("StateMachines"), "must be an object keyed by state machine name");
  for (const [machine, spec] of Object.entries(rawMachines as JsonObject)) {
    const at = pointer("StateMachines", machine);
    if (!isJsonObject(spec) || !isJsonObject(spec["TestCases"])) fail(at, "must be an object with a TestCases object");
    const testCases = new Map<string, Map<string, string>>();
    for (const [testCase, states] of Object.entries((spec as JsonObject)["TestCases"] as JsonObject)) {
      const caseAt = `${at}${pointer("TestCases", testCase)}`;
      if (!isJsonObject(states)) fail(caseAt, "must be an object mapping state names to mocked response names");
      const mapped = new Map<string, string>();
      for (const [state, response] of Object.entries(states as JsonObject)) {
        if (typeof response !== "string") fail(`${caseAt}${pointer(state)}`, "must be the name of a mocked response");
        if (!responses.has(response as string)) {
          fail(`${caseAt}${pointer(state)}`, `mocked response '${String(response)}' is not defined in MockedResponses`);
        }
        mapped.set(state, response as string);
      }
      testCases.set(testCase, mapped);
    }
    stateMachines.set(machine, testCases);
  }
  return { stateMachines, responses };
}

function parseResponse(raw: Json, at: string, fail: (path: string, problem: string) => never): MockedResponse {
  if (!isJsonObject(raw)) return fail(at, "must be an object keyed by invocation number or range (\"0\", \"1-2\")");
  const ranges: MockedResponse["ranges"] = [];
  for (const [key, value] of Object.entries(raw)) {
    const keyAt = at + pointer(key);
    const match = /^(\d+)(?:-(\d+))?$/.exec(key);
    if (!match) fail(keyAt, "invocation key must be a zero-based number or a range like \"1-2\"");
    const from = Number(match?.[1]);
    const to = match?.[2] === undefined ? from : Number(match[2]);
    if (to < from) fail(keyAt, `range ends before it starts`);
    const clash = ranges.find((range) => range.from <= to && from <= range.to);
    if (clash) fail(keyAt, `invocations overlap with another key of this response`);
    ranges.push({ from, to, answer: parseAnswer(value, keyAt, fail) });
  }
  if (ranges.length === 0) fail(at, "needs at least one invocation key");
  ranges.sort((a, b) => a.from - b.from);
  return { ranges };
}

function parseAnswer(raw: Json, at: string, fail: (path: string, problem: string) => never): MockedAnswer {
  if (!isJsonObject(raw)) return fail(at, "must be an object with Return or Throw");
  const keys = Object.keys(raw).filter((key) => key !== "DelaySeconds");
  if (keys.length !== 1 || (keys[0] !== "Return" && keys[0] !== "Throw")) {
    return fail(at, `must have exactly one of Return or Throw (and optionally DelaySeconds), found ${keys.length === 0 ? "neither" : keys.join(", ")}`);
  }
  const delay = raw["DelaySeconds"];
  if (delay !== undefined && (typeof delay !== "number" || !Number.isFinite(delay) || delay < 0 || delay > MAX_DELAY_SECONDS)) {
    return fail(at + "/DelaySeconds", `must be a number of seconds from 0 to ${MAX_DELAY_SECONDS}, found ${JSON.stringify(delay)}`);
  }
  const delayed = delay === undefined ? {} : { DelaySeconds: delay };
  if (keys[0] === "Return") return { Return: raw["Return"] as Json, ...delayed };
  const thrown = raw["Throw"];
  if (!isJsonObject(thrown)) return fail(at + "/Throw", "must be an object with Error and Cause");
  if (typeof thrown["Error"] !== "string") return fail(at + "/Throw/Error", "must be a string");
  const cause = thrown["Cause"];
  if (cause !== undefined && typeof cause !== "string") return fail(at + "/Throw/Cause", "must be a string");
  return { Throw: cause === undefined ? { Error: thrown["Error"] } : { Error: thrown["Error"], Cause: cause }, ...delayed };
}

/**
 * The answer for the n-th (zero-based) call of a response; past its last key the last answer repeats,
 * so a loop that outlives its mock keeps the final behaviour instead of failing for an unrelated reason.
 */
export function answerFor(response: MockedResponse, invocation: number): MockedAnswer {
  let last = response.ranges[0] as MockedResponse["ranges"][number];
  for (const range of response.ranges) {
    if (invocation >= range.from && invocation <= range.to) return range.answer;
    if (range.from <= invocation) last = range;
  }
  return last.answer;
}
