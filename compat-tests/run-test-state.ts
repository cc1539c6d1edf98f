/** The runner of `test_state` cases: a TestState call compared with the recorded response or error. */
import { isJsonObject, type JsonObject } from "../emulator/shared/json";
import type { CompatCase } from "./case-loader";
import { compareApiCall } from "./api-call-compare";
import type { Diff } from "./compare";
import type { RunContext } from "./run-context";
import { callOperation, REPLAY_ROLE_ARN } from "./sfn-client";

/** `test_state`: TestState with the recorded request (and our role); compare the response or error. */
export async function runTestStateCase(c: CompatCase, ctx: RunContext): Promise<Diff[]> {
  const request: JsonObject = { ...(isJsonObject(c.raw["request"]) ? c.raw["request"] : {}) };
  request["roleArn"] ??= REPLAY_ROLE_ARN;
  const result = await callOperation(ctx.client, "TestState", request);
  return compareApiCall(c.raw, result);
}
