/**
 * The TestState operation: runs one state once through the TestState runner and renders the response
 * at the requested inspection level.
 */
import { TestStateRunner } from "../../runtime/test-state-runner";
import type { OperationHandler } from "../service-context";
import { testStateResponse } from "../test-state-response";

/** TestState: one state run once, with its inspection data; served on any host (SDKs add `sync-`). */
export const testState: OperationHandler<"TestState"> = async (ctx, request) => {
  const runner = new TestStateRunner({ dispatcher: ctx.executions.dispatcher, scope: ctx.scope, now: () => ctx.now() });
  return testStateResponse(await runner.run(request), request.inspectionLevel ?? "INFO");
};
