/**
 * The runner of `validate_state_machine_definition` cases: the diagnostics compared with the recorded ones.
 */
import { isJsonObject } from "../emulator/shared/json";
import type { CompatCase } from "./case-loader";
import { compareApiCall } from "./api-call-compare";
import type { Diff } from "./compare";
import type { RunContext } from "./run-context";
import { callOperation } from "./sfn-client";

/** `validate_state_machine_definition`: call it with the recorded request; compare the diagnostics. */
export async function runValidateDefinitionCase(c: CompatCase, ctx: RunContext): Promise<Diff[]> {
  const request = isJsonObject(c.raw["request"]) ? c.raw["request"] : {};
  const result = await callOperation(ctx.client, "ValidateStateMachineDefinition", request);
  return compareApiCall(c.raw, result);
}
