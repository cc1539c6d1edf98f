import { TestStateRunner } from "../../runtime/test-state-runner";
import type { OperationHandler } from "../service-context";

/** TestState: one state run once, with its inspection data; served on any host (SDKs add `sync-`). */
export const testState: OperationHandler<"TestState"> = async (ctx, request) => {
  const runner = new TestStateRunner({ dispatcher: ctx.executions.dispatcher, scope: ctx.scope, now: () => ctx.now() });
  return runner.run(request);
};
