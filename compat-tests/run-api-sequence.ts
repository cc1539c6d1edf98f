/** Replays a recorded sequence of API calls (api_sequence cases): issues each step, polls where the test waited, and compares what it expected. */
import type { SFNClient } from "@aws-sdk/client-sfn";
import { isJsonObject, type Json, type JsonObject } from "../emulator/shared/json";
import { listField, type CompatCase } from "./case-loader";
import {
  caseKeyReplacements,
  caseKeyValueReplacements,
  caseRuntimeLiterals,
  CUSTOM_TRANSFORMERS,
  mapRunLiterals,
  transformersOf,
} from "./case-transformers";
import { Comparison, shortJson, type Diff } from "./compare";
import { isClientSideError } from "./api-call-compare";
import { normalise, placeholderise } from "./normalise";
import { CaseSkipped, sleep, type RunContext } from "./run-context";
import { actualForExpect } from "./sequence-expectations";
import { pythonStr, ReplayError, SequenceContext } from "./sequence-context";
import { callOperation, REPLAY_ACCOUNT, type ApiCallError } from "./sfn-client";

function itemMatches(item: Json, where: JsonObject, ctx: SequenceContext): boolean {
  for (const [k, want] of Object.entries(where)) {
    const have = isJsonObject(item) ? item[k] : undefined;
    if (isJsonObject(want) && "not in" in want) {
      const excluded = listField(want, "not in");
      if (excluded.some((x) => x === have)) return false;
    } else if (have !== ctx.resolve(want)) {
      return false;
    }
  }
  return true;
}

const TERMINAL = ["SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED"];

/** [done, failure reason] for a polling step's condition. */
export function untilSatisfied(until: JsonObject, resp: JsonObject, ctx: SequenceContext): [boolean, string | undefined] {
  if ("status in" in until) {
    const wanted = listField(until, "status in");
    const status = resp["status"];
    if (wanted.includes(status ?? null)) return [true, undefined];
    if (typeof status === "string" && TERMINAL.includes(status)) {
      return [true, `status ${status} is terminal but not one of ${JSON.stringify(wanted)}`];
    }
    return [false, undefined];
  }
  for (const [key, want] of [["any_item", true], ["no_item", false]] as const) {
    const spec = until[key];
    if (isJsonObject(spec)) {
      const list = resp[String(spec["list"])];
      const where = isJsonObject(spec["where"]) ? spec["where"] : {};
      const found = (Array.isArray(list) ? list : []).some((x) => itemMatches(x, where, ctx));
      return [found === want, undefined];
    }
  }
  const history = until["history"];
  if (isJsonObject(history)) {
    const events = Array.isArray(resp["events"]) ? resp["events"] : [];
    if ("state_entered" in history) {
      for (const e of events) {
        const d = isJsonObject(e) ? e["stateEnteredEventDetails"] : undefined;
        if (isJsonObject(d)) return [d["name"] === history["state_entered"], undefined];
      }
      return [false, undefined];
    }
    return [events.length > 0, undefined];
  }
  return [true, undefined];
}

interface StepOutcome {
  response?: JsonObject | undefined;
  error?: ApiCallError | undefined;
  why?: string | undefined;
}

async function callPaginated(client: SFNClient, op: string, params: JsonObject): Promise<StepOutcome> {
  let merged: JsonObject | undefined;
  let token: string | undefined;
  do {
    const r = await callOperation(client, op, token === undefined ? params : { ...params, nextToken: token });
    if (r.error) return { error: r.error };
    const page = r.response;
    if (merged === undefined) merged = structuredClone(page);
    else {
      for (const [k, v] of Object.entries(page)) {
        const existing = merged[k];
        if (Array.isArray(v) && Array.isArray(existing)) existing.push(...v);
      }
    }
    token = typeof page["nextToken"] === "string" ? page["nextToken"] : undefined;
  } while (token !== undefined);
  if (merged) delete merged["nextToken"];
  return merged ? { response: merged } : {};
}

/** Issues one step, polling while its `until` condition is not met. */
async function callStep(client: SFNClient, step: JsonObject, ctx: SequenceContext, timeoutMs: number): Promise<StepOutcome> {
  const resolved = ctx.resolve(step["params"] ?? {});
  const params = isJsonObject(resolved) ? resolved : {};
  const op = String(step["op"]);
  const until = isJsonObject(step["until"]) ? step["until"] : undefined;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const outcome: StepOutcome = step["paginate"] === true ? await callPaginated(client, op, params) : await callOperation(client, op, params);
    if (!until) return outcome;
    if (outcome.response) {
      const [done, why] = untilSatisfied(until, outcome.response, ctx);
      if (done) return why === undefined ? outcome : { ...outcome, why };
    }
    if (Date.now() > deadline) {
      const within = timeoutMs > 0 ? `within ${timeoutMs / 1000}s` : "(not waited for after an earlier timeout)";
      return { ...outcome, why: `wait condition ${JSON.stringify(until).slice(0, 200)} not met ${within}` };
    }
    await sleep(25);
  }
}

/** Literal replacements, regular expressions and custom transformers of one replay, from the transformers the test registered. */
export function sequenceNormalisation(
  c: CompatCase,
  ctx: SequenceContext,
): { literals: Record<string, string>; regexSubstitutions: Array<[string, string]>; custom: Array<(v: Json) => Json> } {
  const literals: Record<string, string> = {};
  const regexSubstitutions: Array<[string, string]> = [];
  const custom: Array<(v: Json) => Json> = [];
  for (const t of transformersOf(c.raw)) {
    const type = t["type"];
    const a = listField(t, "args");
    try {
      if (type === "RegexTransformer" && a.length > 1) {
        if (isJsonObject(a[0])) {
          const val = ctx.resolve(a[0]);
          if (typeof val === "string" && val !== "") literals[val] = String(a[1]);
        } else if (typeof a[0] === "string" && !a[0].startsWith("<runtime:")) {
          regexSubstitutions.push([a[0], String(a[1])]);
        }
      } else if ((type === "transform.sfn_sm_create_arn" || type === "transform.sfn_sm_exec_arn") && a.length > 1) {
        const resp = ctx.resolve(a[0] ?? null);
        const createArn = type === "transform.sfn_sm_create_arn";
        const arn = isJsonObject(resp) ? resp[createArn ? "stateMachineArn" : "executionArn"] : undefined;
        const part = typeof arn === "string" ? arn.split(":").pop() ?? "" : "";
        if (part) literals[part] = createArn ? `<ArnPart_${pythonStr(a[1] ?? null)}idx>` : `<ExecArnPart_${pythonStr(a[1] ?? null)}idx>`;
      } else if ((type === "transform.sfn_sm_sync_exec_arn" || type === "transform.sfn_sm_express_exec_arn") && a.length > 1) {
        const resp = ctx.resolve(a[0] ?? null);
        const arn = isJsonObject(resp) ? resp["executionArn"] : undefined;
        const parts = typeof arn === "string" ? arn.split(":") : [];
        const tag = type.includes("sync") ? "SyncExecArn" : "ExpressExecArn";
        if (parts.length > 2) {
          literals[parts[parts.length - 2] ?? ""] = `<${tag}_Part1_${pythonStr(a[1] ?? null)}idx>`;
          literals[parts[parts.length - 1] ?? ""] = `<${tag}_Part2_${pythonStr(a[1] ?? null)}idx>`;
        }
      } else if (type === "transform.sfn_map_run_arn" && a.length > 1) {
        mapRunLiterals(ctx.resolve(a[0] ?? null), pythonStr(a[1] ?? null), literals);
      } else if (type === "transform.sfn_map_run_arn_all" && a.length > 0) {
        const arns = [...new Set(collectMapRunArns(ctx.resolve(a[0] ?? null)))].sort();
        arns.forEach((arn, i) => mapRunLiterals(arn, i, literals));
      } else if (type === "custom" && typeof t["class"] === "string") {
        const fn = CUSTOM_TRANSFORMERS[t["class"]];
        if (fn) custom.push(fn);
      }
    } catch (e) {
      if (!(e instanceof ReplayError)) throw e;
    }
  }
  return { literals, regexSubstitutions, custom };
}

function collectMapRunArns(v: Json): string[] {
  if (Array.isArray(v)) return v.flatMap(collectMapRunArns);
  if (!isJsonObject(v)) return [];
  return Object.entries(v).flatMap(([k, x]) => (k === "mapRunArn" && typeof x === "string" ? [x] : collectMapRunArns(x)));
}

/** Why a sequence cannot be replayed: a step needs a value only the original test knew (a log group, a Lambda ARN). */
export function apiSequenceSkip(c: CompatCase): string | undefined {
  const runtime = JSON.stringify(c.raw["steps"] ?? null).match(/"\$runtime":\s*("[^"]*")/);
  if (!runtime) return undefined;
  return typeof c.raw["external_reason"] === "string" ? c.raw["external_reason"] : `needs the run-time value ${runtime[1] ?? ""}`;
}

/** `api_sequence`: the steps in order, with references between them and polling steps; each recorded snapshot compared. */
export async function runApiSequenceCase(c: CompatCase, runCtx: RunContext): Promise<Diff[]> {
  const client = runCtx.client;
  const ctx = new SequenceContext();
  const cmp = new Comparison();
  const steps = listField(c.raw, "steps").filter(isJsonObject);
  const skip = apiSequenceSkip(c);
  if (skip !== undefined) throw new CaseSkipped(skip);
  let learned = false;
  // after one wait timed out, later waits get a single attempt, so a missing feature costs one timeout, not one per step
  let waitBudgetMs = runCtx.timeoutMs;
  try {
    for (const [n, step] of steps.entries()) {
      const op = String(step["op"]);
      let outcome: StepOutcome;
      try {
        outcome = await callStep(client, step, ctx, waitBudgetMs);
        if (outcome.why?.startsWith("wait condition")) waitBudgetMs = 0;
      } catch (e) {
        if (e instanceof ReplayError) {
          cmp.note(`step${n} ${op}`, `not issued (${e.message})`);
          continue;
        }
        throw e;
      }
      if (outcome.response) ctx.responses.set(n, outcome.response);
      if (outcome.error) ctx.errors.set(n, outcome.error);
      if (!learned) {
        const text = outcome.response ? JSON.stringify(outcome.response) : outcome.error?.message ?? "";
        const m = /arn:[^:\s"']+:states:([a-z0-9-]+):(\d{12}):/.exec(text);
        if (m) {
          ctx.region = m[1] ?? ctx.region;
          ctx.account = m[2] ?? ctx.account;
          learned = true;
        }
      }
      if (outcome.why) cmp.note(`step${n} ${op}`, outcome.why);
      const expectsError = step["expect_error"] === true;
      if (expectsError && !outcome.error && outcome.response) {
        cmp.note(`step${n} ${op}`, `expected an error, the call succeeded: ${shortJson(outcome.response)}`);
      } else if (outcome.error && !expectsError && !step["until"]) {
        cmp.note(`step${n} ${op}`, `unexpected error ${outcome.error.code}: ${(outcome.error.message ?? "").slice(0, 200)}`);
      }
    }
    const norm = sequenceNormalisation(c, ctx);
    const literals = { ...norm.literals, [ctx.account]: REPLAY_ACCOUNT, [ctx.region]: "<region>", "arn:aws:": "arn:<partition>:" };
    const keyReplacements = { ...caseKeyReplacements(c.raw), ...caseKeyValueReplacements(c.raw) };
    const runtimeLiterals = caseRuntimeLiterals(c.raw);
    const checks: Array<{ n: number | undefined; key: string; expect: JsonObject }> = [];
    for (const [n, step] of steps.entries()) {
      if (isJsonObject(step["expect"])) checks.push({ n, key: String(step["snapshot_key"]), expect: step["expect"] });
      for (const extra of listField(step, "more_snapshots").filter(isJsonObject)) {
        if (isJsonObject(extra["expect"])) checks.push({ n, key: String(extra["snapshot_key"]), expect: extra["expect"] });
      }
    }
    for (const extra of listField(c.raw, "combined_snapshots").filter(isJsonObject)) {
      if (isJsonObject(extra["expect"])) checks.push({ n: undefined, key: String(extra["snapshot_key"]), expect: extra["expect"] });
    }
    for (const { n, key, expect } of checks) {
      const recorded = expect["response"] ?? expect["recorded"] ?? expect["value"] ?? null;
      if (n !== undefined && isClientSideError(expect["error"] ?? null)) {
        // boto3 refused these before sending; the service must refuse them too
        if (!ctx.errors.has(n)) cmp.note(key, "expected the request to be refused (boto3 refused it client-side), the call succeeded");
        continue;
      }
      let actual: Json;
      try {
        actual = actualForExpect(expect, n ?? -1, ctx);
      } catch (e) {
        if (e instanceof ReplayError) {
          cmp.note(key, e.message);
          continue;
        }
        throw e;
      }
      const normalised = normalise({ v: actual }, { literals, keyReplacements, regexSubstitutions: norm.regexSubstitutions, custom: norm.custom });
      const act = isJsonObject(normalised) ? normalised["v"] : undefined;
      cmp.value(placeholderise(recorded, runtimeLiterals), act, key);
    }
  } finally {
    await cleanupSequence(client, steps, ctx);
  }
  return cmp.diffs;
}

/** Best-effort deletion of what the sequence created: aliases and activities first, then state machines (stopping their executions). */
async function cleanupSequence(client: SFNClient, steps: JsonObject[], ctx: SequenceContext): Promise<void> {
  const order = [...ctx.responses.keys()].sort((a, b) => b - a);
  const quiet = async (op: string, params: JsonObject): Promise<void> => {
    await callOperation(client, op, params).catch(() => undefined);
  };
  for (const n of order) {
    const op = steps[n]?.["op"];
    const r = ctx.responses.get(n) ?? {};
    if (op === "CreateStateMachineAlias" && typeof r["stateMachineAliasArn"] === "string") {
      await quiet("DeleteStateMachineAlias", { stateMachineAliasArn: r["stateMachineAliasArn"] });
    } else if (op === "CreateActivity" && typeof r["activityArn"] === "string") {
      await quiet("DeleteActivity", { activityArn: r["activityArn"] });
    }
  }
  for (const n of order) {
    const step = steps[n];
    const r = ctx.responses.get(n) ?? {};
    if (step?.["op"] !== "CreateStateMachine" || typeof r["stateMachineArn"] !== "string") continue;
    const params = isJsonObject(step["params"]) ? step["params"] : {};
    if (params["type"] !== "EXPRESS") {
      const listed = await callOperation(client, "ListExecutions", { stateMachineArn: r["stateMachineArn"] }).catch(() => undefined);
      for (const e of listField(listed?.response ?? {}, "executions")) {
        if (isJsonObject(e) && e["status"] === "RUNNING") await quiet("StopExecution", { executionArn: e["executionArn"] ?? "" });
      }
    }
    await quiet("DeleteStateMachine", { stateMachineArn: r["stateMachineArn"] });
  }
}
