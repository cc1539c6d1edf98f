/** The runner of `create_state_machine_error` cases: a CreateStateMachine that must fail as recorded. */
import { isJsonObject, type JsonObject } from "../emulator/shared/json";
import type { CompatCase } from "./case-loader";
import { compareApiCall } from "./api-call-compare";
import type { Diff } from "./compare";
import { shortUid, type RunContext } from "./run-context";
import { callOperation, REPLAY_ACCOUNT, REPLAY_REGION, REPLAY_ROLE_ARN } from "./sfn-client";

const FIRST_DEFINITION = JSON.stringify({ Comment: "first", StartAt: "P", States: { P: { Type: "Pass", End: true } } });

/** `create_state_machine_error`: CreateStateMachine with the recorded request; compare the error code and message. */
export async function runCreateStateMachineErrorCase(c: CompatCase, ctx: RunContext): Promise<Diff[]> {
  const request: JsonObject = { ...(isJsonObject(c.raw["request"]) ? c.raw["request"] : {}) };
  if (request["name"] === "$random") request["name"] = `compat-${shortUid()}`;
  request["roleArn"] ??= REPLAY_ROLE_ARN;
  // A recorded conflict was the second create of its test; the first, with another definition, is replayed here.
  if (JSON.stringify(c.raw["expected"] ?? null).includes("StateMachineAlreadyExists")) {
    await callOperation(ctx.client, "CreateStateMachine", { ...request, definition: FIRST_DEFINITION });
  }
  const result = await callOperation(ctx.client, "CreateStateMachine", request);
  const arn = result.response?.["stateMachineArn"] ?? `arn:aws:states:${REPLAY_REGION}:${REPLAY_ACCOUNT}:stateMachine:${String(request["name"])}`;
  await callOperation(ctx.client, "DeleteStateMachine", { stateMachineArn: arn });
  return compareApiCall(c.raw, result);
}
