/**
 * `execution_external` cases need Lambda, SQS, S3 and so on. Where each task's outcome is visible
 * in the recorded history, the case can be served by a mock config test case instead: every Task
 * state answers, call after call, what AWS answered (TaskSucceeded/LambdaFunctionSucceeded output,
 * TaskFailed/LambdaFunctionFailed error and cause, or for TaskTimedOut/LambdaFunctionTimedOut an answer
 * delayed past the task's deadline). The rest of the history is then the emulator's own.
 */
import { createHash } from "node:crypto";
import { isJsonObject, type Json, type JsonObject } from "../emulator/shared/json";
import { listField, type CompatCase } from "./case-loader";
import type { MockConfigSource } from "./mock-config";
import { pythonJsonText } from "../emulator/shared/python-json";
import { REPLAY_ACCOUNT, REPLAY_REGION } from "./sfn-client";
import { CLOCK_PLACEHOLDERS } from "./clock-placeholders";
import { TIMED_OUT_EVENTS, timedOutResponse } from "./timed-out-mocks";

export const EXTERNAL_TEST_CASE = "CompatRecorded";

/** Fixtures whose resources only need a name in the definition or input. */
const NAMED_FIXTURES = new Set([
  "fixture:create_lambda_function",
  "fixture:s3_create_bucket",
  "fixture:sqs_create_queue",
  "fixture:sns_create_topic",
  "fixture:dynamodb_create_table",
  "fixture:sns_allow_topic_sqs_queue",
  "fixture:events_to_sqs_queue",
  "random-name",
  "account-id",
  // The state machine a test started is, under mocks, never run: its ARN only needs to name one.
  "runtime-arn:stateMachine",
  // Workers that answered the task token: the recording shows their answer, which the mock gives.
  "fixture:sqs_send_task_success_state_machine",
  "fixture:sqs_send_task_failure_state_machine",
  "fixture:sqs_send_heartbeat_and_task_success_state_machine",
  "fixture:create_rest_apigw",
  // Under mocks no role is assumed: the Credentials role ARN only needs to be one.
  "fixture:create_cross_account_admin_role_and_policy",
  // The input formats "now": the replay fills it in from the emulator's clock (clock-placeholders.ts).
  "clock",
]);

/** Events whose outcome a mock cannot reproduce (an activity worker). */
const UNMOCKABLE_EVENTS = new Set(["ActivityScheduled"]);

/** An object the case's test put in S3 before it ran (its `setup_calls`), for the fake S3 server to hold. */
export interface S3Seed {
  bucket: string;
  key: string;
  body: string;
}

export interface ExternalPlan {
  stateMachineName: string;
  definition: string;
  input: string;
  mock: MockConfigSource;
  /** Buckets the case names (created empty) and the objects it put in them, for ItemReader and ResultWriter. */
  s3: { buckets: string[]; objects: S3Seed[] };
  /** The input still holds time expressions, to be filled in from the clock of the emulator that runs it. */
  clock: boolean;
  /** A task timed out: its mocked answer is delayed past the deadline, so the case runs on an auto clock. */
  timed: boolean;
}

export type ExternalPlanResult = { plan: ExternalPlan; skip?: undefined } | { plan?: undefined; skip: string };

function stateMachineNameOf(uid: string): string {
  return `CompatExt_${uid}`;
}

function caseHash(id: string): string {
  return createHash("sha1").update(id).digest("hex").slice(0, 10);
}

/** The name the test gave its (first) Lambda function, so that `<lambda_function_name>` binds to the same text everywhere. */
function lambdaFunctionName(raw: JsonObject, uid: string): string {
  for (const call of listField(raw, "setup_calls")) {
    if (!isJsonObject(call) || call["fixture"] !== "create_lambda_function") continue;
    const kwargs = call["kwargs"];
    const name = isJsonObject(kwargs) ? kwargs["func_name"] : undefined;
    if (typeof name === "string") return name.split("${short_uid}").join(uid);
  }
  return `lambda_${uid}`;
}

/** Stand-ins for the resources the original test created, named deterministically per case. */
function substitutions(uid: string, functionName: string): Record<string, string> {
  const region = REPLAY_REGION;
  return {
    "${create_lambda_function['CreateFunctionResponse']['FunctionArn']}": `arn:aws:lambda:${region}:${REPLAY_ACCOUNT}:function:${functionName}`,
    "${short_uid}": uid,
    "${s3_create_bucket}": `bucket-${uid}`,
    "${sqs_create_queue}": `https://sqs.${region}.amazonaws.com/${REPLAY_ACCOUNT}/queue-${uid}`,
    "${sns_create_topic['TopicArn']}": `arn:aws:sns:${region}:${REPLAY_ACCOUNT}:topic-${uid}`,
    "${events_to_sqs_queue}": `https://sqs.${region}.amazonaws.com/${REPLAY_ACCOUNT}/events-${uid}`,
    "${localstack.utils.aws.aws_stack.get_boto3_region}": region,
    "${account_id}": REPLAY_ACCOUNT,
    // Only API Gateway tests unpack a value into their templates: the REST API id in the endpoint host.
    "${unpack}": uid,
    "${create_cross_account_admin_role_and_policy}": `arn:aws:iam::${REPLAY_ACCOUNT}:role/trusted-${uid}`,
    // The recordings name the target with the first state machine's token, which binds to ours.
    "${stateMachine-arn}": `arn:aws:states:${region}:${REPLAY_ACCOUNT}:stateMachine:${stateMachineNameOf(uid)}`,
  };
}

/** The template with `subs` applied, or the first placeholder left that is not one of `deferred`. */
function substitute(template: string, subs: Record<string, string>, deferred: readonly string[] = []): string | { missing: string } {
  let out = template;
  for (const [k, v] of Object.entries(subs)) out = out.split(k).join(v);
  const left = [...out.matchAll(/\$\{[^}]*\}/g)].find((m) => !deferred.includes(m[0]));
  return left ? { missing: left[0] } : out;
}

/** Walks previousEventId links back to the StateEntered event, whose name is the task's state. */
function stateOf(event: JsonObject, byId: Map<number, JsonObject>): string | undefined {
  let cur: JsonObject | undefined = event;
  for (let hops = 0; cur && hops < 50; hops++) {
    const entered = cur["stateEnteredEventDetails"];
    if (isJsonObject(entered) && typeof entered["name"] === "string") return entered["name"];
    const prev: Json | undefined = cur["previousEventId"];
    cur = typeof prev === "number" && prev > 0 ? byId.get(prev) : undefined;
  }
  return undefined;
}

/** Every JSON-object text in the recording, keyed by its canonical form, so a parsed value can get its exact text back. */
function objectTexts(value: Json, out: Map<string, string> = new Map()): Map<string, string> {
  if (typeof value === "string") {
    if (value.startsWith("{")) {
      const parsed = tryParse(value);
      if (parsed !== undefined) out.set(canonical(parsed), value);
    }
  } else if (Array.isArray(value)) {
    for (const v of value) objectTexts(v, out);
  } else if (isJsonObject(value)) {
    for (const v of Object.values(value)) objectTexts(v, out);
  }
  return out;
}

function tryParse(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

function canonical(value: Json): string {
  return pythonJsonText(value, { sortKeys: true });
}

/**
 * Recorded causes that were JSON text were parsed by the recorder; the mock needs text again: the
 * text the recording shows elsewhere (a caught error's `Cause`), else compact JSON as AWS writes
 * for optimized integrations, else Python's spacing, as the legacy Lambda resource passes it on.
 */
function asText(v: Json | undefined, texts: Map<string, string>, compact: boolean): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === "string") return v;
  return texts.get(canonical(v)) ?? (compact ? JSON.stringify(v) : pythonJsonText(v));
}

/** Recorded outputs that are not objects stayed JSON text (`"0"`, `"[]"`); the mock returns their value. */
function asValue(v: Json | undefined): Json {
  if (v === undefined) return null;
  if (typeof v !== "string") return v;
  const parsed = tryParse(v);
  return parsed === undefined ? v : parsed;
}

/** The names of the Task states of a definition, nested ones included. */
function taskStateNames(definition: Json, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(definition)) {
    for (const item of definition) taskStateNames(item, out);
  } else if (isJsonObject(definition)) {
    const states = definition["States"];
    if (isJsonObject(states)) {
      for (const [name, state] of Object.entries(states)) if (isJsonObject(state) && state["Type"] === "Task") out.add(name);
    }
    for (const value of Object.values(definition)) taskStateNames(value, out);
  }
  return out;
}

/**
 * Mocked responses per Task state, in call order, read from the recorded history. Events whose
 * links the recorder cut (renumbered Parallel branches) belong to `soleTask`, the definition's
 * only Task state, when it has just one.
 */
function responsesFromHistory(events: readonly Json[], soleTask?: string): Map<string, JsonObject[]> | string {
  const byId = new Map<number, JsonObject>();
  for (const e of events) if (isJsonObject(e) && typeof e["id"] === "number") byId.set(e["id"], e);
  const out = new Map<string, JsonObject[]>();
  const texts = objectTexts(events as Json);
  for (const e of events) {
    if (!isJsonObject(e)) continue;
    const type = String(e["type"]);
    if (UNMOCKABLE_EVENTS.has(type)) return `history holds ${type}, which a mocked response cannot reproduce`;
    let response: JsonObject | undefined;
    if (type === "TaskSucceeded" || type === "LambdaFunctionSucceeded") {
      const d = e[type === "TaskSucceeded" ? "taskSucceededEventDetails" : "lambdaFunctionSucceededEventDetails"];
      response = { Return: isJsonObject(d) ? asValue(d["output"]) : null };
    } else if (type === "TaskFailed" || type === "LambdaFunctionFailed") {
      const d = e[type === "TaskFailed" ? "taskFailedEventDetails" : "lambdaFunctionFailedEventDetails"];
      const thrown: JsonObject = {};
      const compact = type === "TaskFailed";
      const error = isJsonObject(d) ? asText(d["error"], texts, compact) : undefined;
      const cause = isJsonObject(d) ? asText(d["cause"], texts, compact) : undefined;
      // A worker's SendTaskFailure may give no error name; a mock's Throw must have one.
      if (error === undefined) return `history holds a ${type} without an error name, which a mocked Throw cannot give`;
      thrown["Error"] = error;
      if (cause !== undefined) thrown["Cause"] = cause;
      response = { Throw: thrown };
    } else if (TIMED_OUT_EVENTS.has(type)) {
      const late = timedOutResponse(e, byId);
      if (typeof late === "string") return late;
      response = late;
    }
    if (!response) continue;
    const state = stateOf(e, byId) ?? soleTask;
    if (state === undefined) return `cannot tell which state produced event ${String(e["id"])}`;
    const list = out.get(state) ?? [];
    list.push(response);
    out.set(state, list);
  }
  return out;
}

/**
 * The S3 state the test set up: its bucket fixture and its `put_object` calls. A Map's ItemReader and
 * ResultWriter are no Task states, so no mocked response serves them: the fake S3 server does.
 */
function s3Setup(raw: JsonObject, subs: Record<string, string>, requires: string[]): ExternalPlan["s3"] | string {
  const buckets = requires.includes("fixture:s3_create_bucket") ? [subs["${s3_create_bucket}"] as string] : [];
  const objects: S3Seed[] = [];
  for (const call of listField(raw, "setup_calls")) {
    if (!isJsonObject(call) || call["client"] !== "s3") continue;
    const kwargs = isJsonObject(call["kwargs"]) ? call["kwargs"] : {};
    // Reads (get_object) are the test's own checks after the run; only writes set the stage.
    if (call["method"] !== "put_object") continue;
    const fields = ["Bucket", "Key", "Body"].map((field) => (typeof kwargs[field] === "string" ? substitute(kwargs[field], subs) : undefined));
    const [bucket, key, body] = fields;
    if (typeof bucket !== "string" || typeof key !== "string" || typeof body !== "string") return "an S3 put_object setup call needs a value we cannot give";
    objects.push({ bucket, key, body });
  }
  return { buckets, objects };
}

/** How to serve an external case with mocks, or why it cannot be. */
export function planExternalCase(c: CompatCase): ExternalPlanResult {
  const raw = c.raw;
  const requires = listField(raw, "requires").map(String);
  const unmet = requires.filter((r) => !NAMED_FIXTURES.has(r) && !r.startsWith("lib:localstack.utils.aws.aws_stack.get_boto3_region"));
  if (unmet.length > 0) return { skip: `needs ${unmet.join(", ")}` };
  const expected = isJsonObject(raw["expected"]) ? raw["expected"] : {};
  if (!Array.isArray(expected["events"])) return { skip: "no recorded history to derive mocked responses from" };
  const template = typeof raw["definition_template"] === "string" ? raw["definition_template"] : "";
  const tasks = taskStateNames(tryParse(template) ?? null);
  const renumbered = raw["normalise_parallel_branch_events"] === true;
  if (renumbered && tasks.size !== 1) return { skip: "branch events were renumbered by the recorder; task outcomes cannot be attributed" };
  const uid = caseHash(c.id);
  const subs = substitutions(uid, lambdaFunctionName(raw, uid));
  const definition = substitute(template, subs);
  if (typeof definition !== "string") return { skip: `definition needs ${definition.missing}` };
  const clock = requires.includes("clock");
  const input = substitute(typeof raw["input_template"] === "string" ? raw["input_template"] : "{}", subs, clock ? CLOCK_PLACEHOLDERS : []);
  if (typeof input !== "string") return { skip: `input needs ${input.missing}` };
  const responses = responsesFromHistory(expected["events"], renumbered ? [...tasks][0] : undefined);
  if (typeof responses === "string") return { skip: responses };
  const stateMachineName = stateMachineNameOf(uid);
  const testCase: Record<string, Json> = {};
  const mocked: JsonObject = {};
  for (const [state, list] of responses) {
    const name = `${stateMachineName}_${state}`;
    const numbered: JsonObject = {};
    list.forEach((r, i) => (numbered[String(i)] = r));
    mocked[name] = numbered;
    testCase[state] = name;
  }
  const config: JsonObject = {
    StateMachines: { [stateMachineName]: { TestCases: { [EXTERNAL_TEST_CASE]: testCase } } },
    MockedResponses: mocked,
  };
  // Only a Map's reader or writer reads the seeded objects; an aws-sdk:s3 Task is served by its mocked answers.
  const s3 = /"(ItemReader|ResultWriter)"/.test(template) ? s3Setup(raw, subs, requires) : { buckets: [], objects: [] };
  if (typeof s3 === "string") return { skip: s3 };
  const timed = expected["events"].some((e) => isJsonObject(e) && TIMED_OUT_EVENTS.has(String(e["type"])));
  return { plan: { stateMachineName, definition, input, mock: { stateMachineName, config }, s3, clock, timed } };
}
