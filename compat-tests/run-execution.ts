/**
 * The runner of `execution` cases: one execution run to its end and its history compared with the recording.
 */
import { isJsonObject } from "../emulator/shared/json";
import type { CompatCase } from "./case-loader";
import { rolePlaceholder } from "./case-transformers";
import type { Diff } from "./compare";
import { compareExecution, runExecutionPlan } from "./execution-driver";
import { shortUid, type RunContext } from "./run-context";

/** Cases that act on a running execution need Wait states that take real time. */
export function needsRealTime(c: CompatCase): boolean {
  return Array.isArray(c.raw["interactions"]) && c.raw["interactions"].length > 0;
}

/** `execution`: CreateStateMachine, StartExecution with the raw input, wait, GetExecutionHistory; compare history (or status and output). */
export async function runExecutionCase(c: CompatCase, ctx: RunContext): Promise<Diff[]> {
  const raw = c.raw;
  const expected = isJsonObject(raw["expected"]) ? raw["expected"] : {};
  const client = needsRealTime(c) ? await ctx.realTimeClient() : ctx.client;
  const inputRaw = raw["input_raw"];
  const obs = await runExecutionPlan(
    client,
    {
      stateMachineName: `compat-${shortUid()}`,
      definition: typeof raw["definition_raw"] === "string" ? raw["definition_raw"] : JSON.stringify(raw["definition"]),
      type: typeof raw["state_machine_type"] === "string" ? raw["state_machine_type"] : "STANDARD",
      input: typeof inputRaw === "string" ? inputRaw : undefined,
      executionName: `exec-${shortUid(16)}`,
      sync: false,
      expectRunning: expected["status"] === "RUNNING",
      ...(isJsonObject(expected["history_request"]) ? { historyRequest: expected["history_request"] } : {}),
      ...(needsRealTime(c) ? { interactions: (raw["interactions"] as unknown[]).filter(isJsonObject) } : {}),
    },
    rolePlaceholder(expected),
    ctx.timeoutMs,
  );
  return compareExecution(raw, obs);
}
