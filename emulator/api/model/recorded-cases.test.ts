/**
 * Request validation against requests recorded on AWS: those AWS accepted pass, those it refused get
 * AWS's ValidationException message.
 */
import { matchesPlaceholders } from "../../testing/recorded-placeholders";
import { relative } from "node:path";
import { DEFAULT_CASES_DIR, loadCases } from "../../../compat-tests/case-loader";
import type { OperationName } from "./operation-names";
import { isOperationName } from "./operation-names";
import { validateRequest } from "./validate-request";

const STATE_MACHINE_ARN = "arn:aws:states:us-east-1:111111111111:stateMachine:recorded";
const ROLE_ARN = "arn:aws:iam::111111111111:role/recorded";

interface Recorded {
  readonly file: string;
  readonly operation: OperationName;
  readonly params: unknown;
  /** What AWS answered: undefined for success, else the error code and message. */
  readonly error: { readonly code: string; readonly message: string } | undefined;
}

class UnresolvableValue extends Error {}

/** Stands in for the values the recorder computed at run time ($ref, $uid, ...). */
function resolveParams(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(resolveParams);
  if (value === null || typeof value !== "object") return value;
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  if ("$runtime" in object) throw new UnresolvableValue(String(object.$runtime));
  if (keys.length > 0 && keys.every((key) => key.startsWith("$") || key === "kwargs")) {
    // A version ARN for references to a version, so `...:<ArnPart_0idx>:2` in a message can match.
    if ("$ref" in object) {
      const [step = "", field = ""] = String(object.$ref).split(".");
      return field.includes("Version") ? `${STATE_MACHINE_ARN}:${Number(step.slice(4)) + 1}` : STATE_MACHINE_ARN;
    }
    if ("$uid" in object) return `uid${String(object.$uid)}`;
    if ("$role" in object) return ROLE_ARN;
    if ("$concat" in object) return (object.$concat as unknown[]).map((part) => String(resolveParams(part))).join("");
    if ("$replace" in object) {
      const [text, from, to] = (object.$replace as unknown[]).map((part) => String(resolveParams(part)));
      return (text ?? "").split(from ?? "").join(to ?? "");
    }
    if ("$slice" in object) {
      const [text, low, high] = object.$slice as [unknown, number, number];
      return String(resolveParams(text)).slice(low, high);
    }
    if ("$json" in object) return JSON.stringify(resolveParams(object.$json));
    throw new UnresolvableValue(keys.join(","));
  }
  return Object.fromEntries(keys.map((key) => [key, resolveParams(object[key])]));
}

function recordedError(expected: unknown): Recorded["error"] {
  if (expected === null || typeof expected !== "object") return undefined;
  const error = (expected as Record<string, unknown>).error as Record<string, unknown> | undefined;
  if (error === undefined) return undefined;
  if (typeof error.code === "string") return { code: error.code, message: String(error.message) };
  const inner = error.Error as Record<string, unknown> | undefined;
  if (inner !== undefined) return { code: String(inner.Code), message: String(inner.Message) };
  const value = String(error.exception_value).replace(/^An error occurred \(\w+\) when calling the \w+ operation: /, "");
  return { code: String(error.exception_typename), message: value };
}

function loadRecordedRequests(): Recorded[] {
  const recorded: Recorded[] = [];
  for (const { file, raw } of loadCases(DEFAULT_CASES_DIR, { includeExternal: true })) {
    const kase: Record<string, unknown> = raw;
    const name = relative(DEFAULT_CASES_DIR, file);
    const add = (operation: string, params: unknown, error: Recorded["error"]): void => {
      if (!isOperationName(operation)) throw new Error(`${name}: unknown operation ${operation}`);
      try {
        recorded.push({ file: name, operation, params: resolveParams(params), error });
      } catch (e) {
        if (!(e instanceof UnresolvableValue)) throw e;
      }
    };
    switch (kase.kind) {
      case "api_sequence":
        for (const step of kase.steps as Record<string, unknown>[]) {
          add(String(step.op), step.params, recordedError(step.expect));
        }
        break;
      case "test_state":
      case "validate_state_machine_definition":
        add(kase.kind === "test_state" ? "TestState" : "ValidateStateMachineDefinition", kase.request, recordedError(kase.expected));
        break;
      case "create_state_machine_error": {
        const request = { roleArn: ROLE_ARN, ...(kase.request as Record<string, unknown>), name: "recorded" };
        add("CreateStateMachine", request, recordedError(kase.expected));
        break;
      }
      case "execution":
      case "start_sync_execution":
        add("CreateStateMachine", { name: "recorded", definition: JSON.stringify(kase.definition), roleArn: ROLE_ARN }, undefined);
        add(kase.kind === "execution" ? "StartExecution" : "StartSyncExecution", { stateMachineArn: STATE_MACHINE_ARN, input: kase.input_raw }, undefined);
        break;
      default:
        break;
    }
  }
  return recorded;
}

describe("requests recorded against AWS", () => {
  const recorded = loadRecordedRequests();
  // botocore refused these before sending, so AWS never judged them.
  const reachedAws = recorded.filter((request) => request.error?.code !== "ParamValidationError");
  const modelErrors = reachedAws.filter((request) => request.error?.code === "ValidationException" && /^\d+ validation errors? detected: /.test(request.error.message));

  it("finds the recorded requests", () => {
    expect(reachedAws.length).toBeGreaterThan(1500);
    expect(modelErrors.length).toBe(14);
  });

  it("accepts every request that AWS got past its model validation", () => {
    const refused = reachedAws
      .filter((request) => !modelErrors.includes(request))
      .map((request) => ({ file: request.file, operation: request.operation, error: validateRequest(request.operation, request.params)?.message }))
      .filter((result) => result.error !== undefined);
    expect(refused).toEqual([]);
  });

  it("refuses every request that AWS refused with a model ValidationException, in AWS's words", () => {
    const mismatches = modelErrors
      .map((request) => ({ file: request.file, expected: request.error?.message ?? "", actual: validateRequest(request.operation, request.params) }))
      .filter(({ expected, actual }) => actual?.code !== "ValidationException" || !matchesPlaceholders(expected, actual.message))
      .map(({ file, expected, actual }) => ({ file, expected, actual: actual?.message }));
    expect(mismatches).toEqual([]);
  });
});
