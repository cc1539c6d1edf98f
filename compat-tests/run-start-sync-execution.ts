/** The runner of `start_sync_execution` cases: an Express StartSyncExecution compared with the recording. */
import { isJsonObject } from "../emulator/shared/json";
import type { CompatCase } from "./case-loader";
import { rolePlaceholder } from "./case-transformers";
import type { Diff } from "./compare";
import { compareExecution, runExecutionPlan } from "./execution-driver";
import { shortUid, type RunContext } from "./run-context";

/** `start_sync_execution`: StartSyncExecution on an EXPRESS machine; compare the sync response. */
export async function runStartSyncExecutionCase(c: CompatCase, ctx: RunContext): Promise<Diff[]> {
  const raw = c.raw;
  const expected = isJsonObject(raw["expected"]) ? raw["expected"] : {};
  const inputRaw = raw["input_raw"];
  const obs = await runExecutionPlan(
    ctx.client,
    {
      stateMachineName: `compat-${shortUid()}`,
      definition: typeof raw["definition_raw"] === "string" ? raw["definition_raw"] : JSON.stringify(raw["definition"]),
      type: typeof raw["state_machine_type"] === "string" ? raw["state_machine_type"] : "EXPRESS",
      input: typeof inputRaw === "string" ? inputRaw : undefined,
      executionName: `exec-${shortUid(16)}`,
      sync: true,
    },
    rolePlaceholder(expected),
    ctx.timeoutMs,
  );
  return compareExecution(raw, obs);
}
