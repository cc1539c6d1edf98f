/** GetActivityTask: the long poll a worker makes for an activity's next task. */
import type { OperationHandler } from "../service-context";
import { requireActivity } from "./activity-operations";
import { activityKeyUse } from "./key-use";

/** AWS holds GetActivityTask open this long when no task is waiting. */
const LONG_POLL_MS = 60_000;

/**
 * GetActivityTask: hands the oldest waiting task of the activity to this worker, recording
 * ActivityStarted with its `workerName`, or answers with no token after the long poll.
 */
export const getActivityTask: OperationHandler<"GetActivityTask"> = async (ctx, request) => {
  const activity = requireActivity(ctx, request.activityArn);
  // The tasks' input is encrypted with the activity's key; the check comes before a task is taken, so a refusal loses none.
  await activityKeyUse(ctx, "decrypt", activity);
  const { workerName } = request;
  const deadline = ctx.now() + LONG_POLL_MS;
  for (;;) {
    const task = await ctx.activities.take(activity.activityArn, deadline - ctx.now());
    if (!task) return {};
    try {
      ctx.executions.completeTask(task.taskToken, workerName === undefined ? { type: "task-heartbeat", workerName: "" } : { type: "task-heartbeat", workerName });
    } catch {
      // The task ended (timeout, stopped execution) while it waited for a worker; offer the next one.
      continue;
    }
    return { taskToken: task.taskToken, input: task.input };
  }
};
