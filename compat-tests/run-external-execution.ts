import { isJsonObject } from "../emulator/shared/json";
import type { CompatCase } from "./case-loader";
import { rolePlaceholder } from "./case-transformers";
import type { Diff } from "./compare";
import { compareExecution, runExecutionPlan } from "./execution-driver";
import { EXTERNAL_TEST_CASE, planExternalCase } from "./external-mocks";
import { CaseSkipped, type RunContext } from "./run-context";

/**
 * `execution_external`: where the recorded history shows every task's outcome, run the case on the
 * mock-config emulator with those outcomes as mocked responses; otherwise skip with the reason.
 */
export async function runExternalExecutionCase(c: CompatCase, ctx: RunContext): Promise<Diff[]> {
  const planned = planExternalCase(c);
  if (planned.skip !== undefined) throw new CaseSkipped(planned.skip);
  const { plan } = planned;
  const raw = c.raw;
  const expected = isJsonObject(raw["expected"]) ? raw["expected"] : {};
  const type = typeof raw["state_machine_type"] === "string" ? raw["state_machine_type"] : "STANDARD";
  const client = await ctx.mockedClient();
  const obs = await runExecutionPlan(
    client,
    {
      stateMachineName: plan.stateMachineName,
      definition: plan.definition,
      type,
      input: plan.input,
      startArnSuffix: `#${EXTERNAL_TEST_CASE}`,
      sync: type === "EXPRESS",
      replaceExisting: true,
    },
    rolePlaceholder(expected),
    ctx.timeoutMs,
  );
  return compareExecution(raw, obs);
}
