/**
 * The runner of `mocked_execution` cases: executions on the emulator started with the merged mock
 * config, compared as executions.
 */
import { isJsonObject, type Json, type JsonObject } from "../emulator/shared/json";
import type { CompatCase } from "./case-loader";
import { rolePlaceholder } from "./case-transformers";
import type { Diff } from "./compare";
import { compareExecution, runExecutionPlan } from "./execution-driver";
import type { RunContext } from "./run-context";

function stringRecord(v: Json | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (isJsonObject(v)) for (const [k, x] of Object.entries(v)) if (typeof x === "string") out[k] = x;
  return out;
}

/**
 * `mocked_execution`: on an emulator started with the merged mock config, create the state machine
 * under the name the config uses and start `stateMachineArn#test_case`; compare as an execution.
 */
export async function runMockedExecutionCase(c: CompatCase, ctx: RunContext): Promise<Diff[]> {
  const raw = c.raw;
  const expected = isJsonObject(raw["expected"]) ? raw["expected"] : {};
  const type = typeof raw["state_machine_type"] === "string" ? raw["state_machine_type"] : "STANDARD";
  const inputRaw = raw["input_raw"];
  const client = await ctx.mockedClient();
  const obs = await runExecutionPlan(
    client,
    {
      stateMachineName: String(raw["state_machine_name"]),
      definition: typeof raw["definition_raw"] === "string" ? raw["definition_raw"] : JSON.stringify(raw["definition"]),
      type,
      input: typeof inputRaw === "string" ? inputRaw : undefined,
      startArnSuffix: `#${String(raw["test_case"])}`,
      sync: expected["start_sync_execution"] !== undefined || type === "EXPRESS",
      extraLiterals: stringRecord(raw["literal_replacements"]),
      replaceExisting: true,
    },
    rolePlaceholder(expected),
    ctx.timeoutMs,
  );
  const skipped = skippedResponseFields(raw);
  return compareExecution(raw, obs).filter((diff) => !diff.path.split(/[.[\]]/).some((segment) => skipped.has(segment)));
}

/**
 * The recorded results come from real calls, whose answers carry response metadata (SdkHttpMetadata,
 * ExecutedVersion, the redrive fields of DescribeExecution) that a mocked Return, taken as written as
 * Step Functions Local takes it, does not have. LocalStack's replay of these cases skips those fields
 * (its `$..Field` verify paths), and so does ours; other skip paths are not honoured.
 */
function skippedResponseFields(raw: JsonObject): Set<string> {
  const fields = new Set<string>();
  const groups = Array.isArray(raw["localstack_skip_verify_paths"]) ? raw["localstack_skip_verify_paths"] : [];
  for (const group of groups) {
    const paths = isJsonObject(group) && Array.isArray(group["paths"]) ? group["paths"] : [];
    for (const path of paths) {
      const field = typeof path === "string" ? /^\$\.\.([A-Z]\w*)$/.exec(path)?.[1] : undefined;
      if (field !== undefined) fields.add(field);
    }
  }
  return fields;
}
