import type { ActivityQueue } from "../integrations/activity-queue";
import type { ExecutionManager } from "../runtime/execution-manager";
import type { AccountScope } from "../shared/arn";
import type { Store } from "../store/store";

/** What every operation handler may use. */
export interface ServiceContext {
  store: Store;
  executions: ExecutionManager;
  /** Activity tasks waiting for GetActivityTask. */
  activities: ActivityQueue;
  scope: AccountScope;
  now(): number;
  /** Names unnamed executions: random, or reproducible with a seed. */
  uuid(): string;
}

/** An operation: a validated request body in, a JSON response body out. */
export type OperationHandler = (ctx: ServiceContext, request: Record<string, unknown>) => Promise<object> | object;
