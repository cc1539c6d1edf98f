import type { TaskDispatcher } from "./task-dispatcher";

/**
 * Until integrations are configured: callbacks wait for their token, everything else fails the way
 * AWS reports a resource it cannot reach.
 */
export const unconfiguredDispatcher: TaskDispatcher = {
  async dispatch(invocation) {
    if (invocation.taskToken !== undefined) return { status: "pending" };
    return {
      status: "failed",
      error: "States.TaskFailed",
      cause: `No integration is configured for resource ${invocation.resource}`,
    };
  },
};
