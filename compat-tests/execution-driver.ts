/**
 * Replaying one recorded execution: creating its state machine, starting it, making the recorded calls
 * against it while it runs, and reading its history.
 */
import type { SFNClient } from "@aws-sdk/client-sfn";
import { isJsonObject, type Json, type JsonObject } from "../emulator/shared/json";
import { Comparison, shortJson, type Diff } from "./compare";
import { caseGenericTransformers, caseKeyReplacements, caseRuntimeLiterals, mapRunLiterals } from "./case-transformers";
import { normalise, placeholderise, recordedSdkHeaderValues, recorderParallelTransform, sortBranchRuns } from "./normalise";
import { tokeniseRunBoundValues } from "./run-bound-values";
import { callOperation, REPLAY_ACCOUNT, REPLAY_ROLE_ARN, botoErrorResponse } from "./sfn-client";
import { sleep } from "./run-context";

/** One execution to run: how to create the state machine and how to start it. */
export interface ExecutionPlan {
  stateMachineName: string;
  definition: string;
  type: string;
  input: string | undefined;
  /** Execution name; AWS generates one when absent. */
  executionName?: string;
  /** Appended to the state machine ARN at start (`#TestCase` for mock config test cases). */
  startArnSuffix?: string;
  sync: boolean;
  /** GetExecutionHistory parameters besides paging (reverseOrder, includeExecutionData). */
  historyRequest?: JsonObject;
  /** Recorded calls made against the running execution (StopExecution). */
  interactions?: JsonObject[];
  /** Literal replacements beyond names, account, region and role. */
  extraLiterals?: Record<string, string>;
  /** The recording shows the execution still running (it stalled on AWS): look briefly, then compare. */
  expectRunning?: boolean;
  /** Delete a state machine of the same name left over by an interrupted run. */
  replaceExisting?: boolean;
}

/** What we observed, in boto3's shape, plus the literal replacements of this run. */
export interface ExecutionObservation {
  create: JsonObject;
  sync?: JsonObject;
  describe?: JsonObject;
  history?: JsonObject;
  interactionResults: Array<{ key: string; value: Json }>;
  literals: Record<string, string>;
  timedOut: boolean;
}

/** Raised when a call the replay depends on answers with an error. */
export class ReplayStepFailed extends Error {
  override readonly name = "ReplayStepFailed";
}

async function mustCall(client: SFNClient, op: string, params: JsonObject): Promise<JsonObject> {
  const r = await callOperation(client, op, params);
  if (r.error) {
    const e = botoErrorResponse(r.error);
    throw new ReplayStepFailed(`${op} failed: ${r.error.code}: ${r.error.message ?? ""} (${JSON.stringify(e["ResponseMetadata"])})`);
  }
  return r.response;
}

async function createStateMachine(client: SFNClient, plan: ExecutionPlan): Promise<JsonObject> {
  const params: JsonObject = {
    name: plan.stateMachineName,
    definition: plan.definition,
    roleArn: REPLAY_ROLE_ARN,
    type: plan.type,
  };
  const first = await callOperation(client, "CreateStateMachine", params);
  if (first.response) return first.response;
  if (!plan.replaceExisting || first.error.code !== "StateMachineAlreadyExists") {
    throw new ReplayStepFailed(`CreateStateMachine failed: ${first.error.code}: ${first.error.message ?? ""}`);
  }
  const listed = await mustCall(client, "ListStateMachines", {});
  for (const sm of Array.isArray(listed["stateMachines"]) ? listed["stateMachines"] : []) {
    if (isJsonObject(sm) && sm["name"] === plan.stateMachineName && typeof sm["stateMachineArn"] === "string") {
      await callOperation(client, "DeleteStateMachine", { stateMachineArn: sm["stateMachineArn"] });
    }
  }
  return mustCall(client, "CreateStateMachine", params);
}

/** Creates the state machine, runs the execution to its end (or the timeout), reads its history, deletes the state machine. */
export async function runExecutionPlan(
  client: SFNClient,
  plan: ExecutionPlan,
  roleToken: string | undefined,
  timeoutMs: number,
): Promise<ExecutionObservation> {
  const create = await createStateMachine(client, plan);
  const smArn = String(create["stateMachineArn"]);
  const [, , , region = "", account = ""] = smArn.split(":");
  const literals: Record<string, string> = {
    // without a role token the recording kept the ARN (as `role/<resource:N>`), so ours stays as it is
    ...(roleToken !== undefined ? { [REPLAY_ROLE_ARN]: roleToken } : {}),
    [plan.stateMachineName]: "<ArnPart_0idx>",
    [account]: REPLAY_ACCOUNT,
    [region]: "<region>",
    "arn:aws:": "arn:<partition>:",
    ...plan.extraLiterals,
  };
  const obs: ExecutionObservation = { create, interactionResults: [], literals, timedOut: false };
  try {
    const start: JsonObject = { stateMachineArn: smArn + (plan.startArnSuffix ?? "") };
    if (plan.input !== undefined) start["input"] = plan.input;
    if (plan.executionName !== undefined) start["name"] = plan.executionName;
    if (plan.sync) {
      const resp = await mustCall(client, "StartSyncExecution", start);
      const parts = String(resp["executionArn"] ?? "").split(":");
      if (parts.length > 2) {
        literals[parts[parts.length - 2] ?? ""] = "<SyncExecArn_Part1_0idx>";
        literals[parts[parts.length - 1] ?? ""] = "<SyncExecArn_Part2_0idx>";
      }
      obs.sync = resp;
      return obs;
    }
    const started = await mustCall(client, "StartExecution", start);
    const execArn = String(started["executionArn"]);
    literals[execArn.split(":").pop() ?? ""] = "<ExecArnPart_0idx>";
    if (plan.interactions?.length) {
      await waitForStateEntered(client, execArn, timeoutMs);
      for (const interaction of plan.interactions) obs.interactionResults.push(...(await interact(client, interaction, execArn)));
    }
    const deadline = Date.now() + (plan.expectRunning ? Math.min(timeoutMs, 1000) : timeoutMs);
    for (;;) {
      obs.describe = await mustCall(client, "DescribeExecution", { executionArn: execArn });
      if (obs.describe["status"] !== "RUNNING") break;
      if (Date.now() > deadline) {
        obs.timedOut = !plan.expectRunning;
        break;
      }
      await sleep(25);
    }
    obs.history = await readHistory(client, execArn, plan.historyRequest ?? {});
    for (const ev of Array.isArray(obs.history["events"]) ? obs.history["events"] : []) {
      const details = isJsonObject(ev) ? ev["mapRunStartedEventDetails"] : undefined;
      if (isJsonObject(details)) mapRunLiterals(details["mapRunArn"], 0, literals);
    }
    return obs;
  } finally {
    await callOperation(client, "DeleteStateMachine", { stateMachineArn: smArn }).catch(() => undefined);
  }
}

async function readHistory(client: SFNClient, executionArn: string, request: JsonObject): Promise<JsonObject> {
  const events: Json[] = [];
  let token: string | undefined;
  let last: JsonObject = {};
  do {
    const params: JsonObject = { ...request, executionArn, maxResults: 1000 };
    if (token !== undefined) params["nextToken"] = token;
    last = await mustCall(client, "GetExecutionHistory", params);
    if (Array.isArray(last["events"])) events.push(...last["events"]);
    token = typeof last["nextToken"] === "string" ? last["nextToken"] : undefined;
  } while (token !== undefined);
  return { events, ResponseMetadata: last["ResponseMetadata"] ?? {} };
}

async function waitForStateEntered(client: SFNClient, executionArn: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const h = await readHistory(client, executionArn, {});
    const events = Array.isArray(h["events"]) ? h["events"] : [];
    if (events.some((e) => isJsonObject(e) && isJsonObject(e["stateEnteredEventDetails"]))) return;
    await sleep(25);
  }
}

/** Issues one recorded call against the running execution; its results are compared with the recorded ones. */
async function interact(
  client: SFNClient,
  interaction: JsonObject,
  executionArn: string,
): Promise<Array<{ key: string; value: Json }>> {
  const action = String(interaction["action"]);
  const params: JsonObject = {};
  for (const [k, v] of Object.entries(isJsonObject(interaction["params"]) ? interaction["params"] : {})) {
    params[k] = v === "$execution" ? executionArn : v;
  }
  const r = await callOperation(client, action, params);
  const value: Json = r.response ?? botoErrorResponse(r.error);
  const expected = isJsonObject(interaction["expected"]) ? interaction["expected"] : {};
  return Object.keys(expected).map((key) => ({ key, value }));
}

/** Compares an observed execution with the case's expected block, as replay.py does, plus the recorded CreateStateMachine response. */
export function compareExecution(raw: JsonObject, obs: ExecutionObservation): Diff[] {
  const expectedRaw = isJsonObject(raw["expected"]) ? raw["expected"] : {};
  const exp = tokeniseRunBoundValues(placeholderise(expectedRaw, caseRuntimeLiterals(raw)), raw);
  const expected = isJsonObject(exp) ? exp : {};
  const options = {
    literals: obs.literals,
    keyReplacements: caseKeyReplacements(raw),
    sdkHeaderValues: recordedSdkHeaderValues(expectedRaw),
    custom: caseGenericTransformers(raw),
  };
  const cmp = new Comparison();
  if (obs.timedOut) cmp.note("$status", "execution still RUNNING at the replay timeout");
  const expCreate = expected["create_state_machine"];
  if (expCreate !== undefined) cmp.value(expCreate, normalise(obs.create, options), "$create");
  if (obs.sync !== undefined) {
    cmp.value(expected["start_sync_execution"] ?? null, normalise(obs.sync, options), "$sync");
    return cmp.diffs;
  }
  const interactions = Array.isArray(raw["interactions"]) ? raw["interactions"].filter(isJsonObject) : [];
  for (const result of obs.interactionResults) {
    const recorded = interactions.map((i) => (isJsonObject(i["expected"]) ? i["expected"][result.key] : undefined)).find((v) => v !== undefined);
    if (recorded !== undefined) cmp.value(recorded, normalise(result.value, options), `$${result.key}`);
  }
  const history = normalise(obs.history ?? {}, options);
  let actualEvents: Json[] = isJsonObject(history) && Array.isArray(history["events"]) ? history["events"] : [];
  const describe = normalise(obs.describe ?? {}, options);
  const describeObj = isJsonObject(describe) ? describe : {};
  if (Array.isArray(expected["events"])) {
    let expectedEvents: Json[] = expected["events"];
    if (raw["normalise_parallel_branch_events"] === true) {
      actualEvents = sortBranchRuns(recorderParallelTransform(actualEvents));
      expectedEvents = sortBranchRuns(expectedEvents);
    }
    compareEvents(cmp, expectedEvents, actualEvents);
  } else {
    if (describeObj["status"] !== expected["status"]) {
      cmp.value(expected["status"] ?? null, describeObj["status"] ?? null, "$status");
    }
    if (expected["output"] !== undefined) {
      let out = describeObj["output"];
      if (typeof out === "string") {
        try {
          out = JSON.parse(out) as Json;
        } catch {
          // output that is not JSON text is compared as text
        }
      }
      cmp.value(expected["output"], out, "$output");
    }
  }
  const expDescribe = expected["describe_execution"];
  if (isJsonObject(expDescribe)) {
    const e: JsonObject = { ...expDescribe };
    delete e["ResponseMetadata"];
    const d: JsonObject = { ...describeObj };
    delete d["ResponseMetadata"];
    cmp.value(e, d, "$describe");
  }
  return cmp.diffs;
}


function eventType(e: Json | undefined): string {
  return isJsonObject(e) && typeof e["type"] === "string" ? e["type"] : "?";
}

/**
 * Histories event by event, each path naming the recorded event type (`$events[4:TaskSucceeded].output`).
 * From the first event whose type differs, only that difference is reported: what follows is a cascade.
 */
export function compareEvents(cmp: Comparison, expected: readonly Json[], actual: readonly Json[]): void {
  let i = 0;
  while (i < expected.length && i < actual.length && eventType(expected[i]) === eventType(actual[i])) i++;
  for (let j = 0; j < i; j++) cmp.value(expected[j] ?? null, actual[j] ?? null, `$events[${j}:${eventType(expected[j])}]`);
  if (i === expected.length && i === actual.length) return;
  const first = `expected ${i < expected.length ? eventType(expected[i]) : "(end)"}, got ${i < actual.length ? eventType(actual[i]) : "(end)"}`;
  const after = i > 0 ? ` after ${eventType(expected[i - 1])}` : " at the start";
  const failed = actual[i];
  const details = isJsonObject(failed) ? failed["executionFailedEventDetails"] : undefined;
  const why = isJsonObject(details) ? ` [${shortJson(details["error"] ?? null, 40)}: ${shortJson(details["cause"] ?? null, 160)}]` : "";
  cmp.note(
    `$events[${i}]`,
    `${first}${why} (${expected.length} events expected, ${actual.length} got; later events not compared)`,
    `event types differ${after}: ${first}`,
  );
}
