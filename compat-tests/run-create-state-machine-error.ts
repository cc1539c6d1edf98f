import { isJsonObject, type JsonObject } from "../emulator/shared/json";
import type { CompatCase } from "./case-loader";
import { compareApiCall } from "./api-call-compare";
import type { Diff } from "./compare";
import { shortUid, type RunContext } from "./run-context";
import { callOperation, REPLAY_ROLE_ARN } from "./sfn-client";

/** `create_state_machine_error`: CreateStateMachine with the recorded request; compare the error code and message. */
export async function runCreateStateMachineErrorCase(c: CompatCase, ctx: RunContext): Promise<Diff[]> {
  const request: JsonObject = { ...(isJsonObject(c.raw["request"]) ? c.raw["request"] : {}) };
  if (request["name"] === "$random") request["name"] = `compat-${shortUid()}`;
  request["roleArn"] ??= REPLAY_ROLE_ARN;
  const result = await callOperation(ctx.client, "CreateStateMachine", request);
  if (result.response && typeof result.response["stateMachineArn"] === "string") {
    await callOperation(ctx.client, "DeleteStateMachine", { stateMachineArn: result.response["stateMachineArn"] });
  }
  return compareApiCall(c.raw, result);
}
