/**
 * The runner of `execution_external` cases, which need AWS services: replayed against mocks of the
 * recorded task outcomes, or skipped.
 */
import type { SFNClient } from "@aws-sdk/client-sfn";
import { isJsonObject } from "../emulator/shared/json";
import type { CompatCase } from "./case-loader";
import { caseRuntimeLiterals, rolePlaceholder } from "./case-transformers";
import { fillClockPlaceholders } from "./clock-placeholders";
import type { Diff } from "./compare";
import { compareExecution, runExecutionPlan } from "./execution-driver";
import { EXTERNAL_TEST_CASE, planExternalCase, type ExternalPlan } from "./external-mocks";
import { CaseSkipped, type RunContext } from "./run-context";

/**
 * `execution_external`: where the recorded history shows every task's outcome, run the case on the
 * mock-config emulator with those outcomes as mocked responses; otherwise skip with the reason. A
 * case whose input formats "now" runs on a virtual clock, its input filled in from that clock; one
 * whose task timed out runs on an auto clock, which jumps to the deadline its late mock outlasts.
 */
export async function runExternalExecutionCase(c: CompatCase, ctx: RunContext): Promise<Diff[]> {
  const planned = planExternalCase(c);
  if (planned.skip !== undefined) throw new CaseSkipped(planned.skip);
  const { plan } = planned;
  const raw = c.raw;
  const expected = isJsonObject(raw["expected"]) ? raw["expected"] : {};
  const type = typeof raw["state_machine_type"] === "string" ? raw["state_machine_type"] : "STANDARD";
  if (plan.clock && plan.timed) throw new CaseSkipped("needs both a virtual clock for its input and an auto clock for its timeout");
  const { client, input, extraLiterals } = plan.clock
    ? await onTheClock(c, plan, ctx)
    : { client: await (plan.timed ? ctx.autoClockedClient() : ctx.mockedClient()), input: plan.input, extraLiterals: {} };
  const obs = await runExecutionPlan(
    client,
    {
      stateMachineName: plan.stateMachineName,
      definition: plan.definition,
      type,
      input,
      startArnSuffix: `#${EXTERNAL_TEST_CASE}`,
      sync: type === "EXPRESS",
      replaceExisting: true,
      expectRunning: expected["status"] === "RUNNING",
      extraLiterals,
    },
    rolePlaceholder(expected),
    ctx.timeoutMs,
  );
  return compareExecution(raw, obs);
}

/**
 * The virtual-clock emulator, the input with "now" read from its clock, and the recording's token
 * (the test's `<runtime:...>` transformer, e.g. `<timestamp>`) for each value so filled in.
 */
async function onTheClock(
  c: CompatCase,
  plan: ExternalPlan,
  ctx: RunContext,
): Promise<{ client: SFNClient; input: string; extraLiterals: Record<string, string> }> {
  const emulator = await ctx.clockedEmulator();
  const filled = fillClockPlaceholders(c, plan.input, await emulator.now());
  if ("missing" in filled) throw new CaseSkipped(`input needs ${filled.missing}`);
  const tokens = caseRuntimeLiterals(c.raw);
  const token = tokens.length === 1 ? tokens[0] : undefined;
  const extraLiterals: Record<string, string> = {};
  if (token !== undefined) for (const value of filled.filled) extraLiterals[value] = token;
  return { client: emulator.client, input: filled.input, extraLiterals };
}
