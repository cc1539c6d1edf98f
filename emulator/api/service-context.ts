/** What operation handlers are given (store, runtime, the caller's scope) and the type of a handler. */
import type { ActivityQueue } from "../integrations";
import type { ExecutionManager } from "../runtime/execution-manager";
import type { AccountScope } from "../shared/arn";
import type { Store } from "../store/store";
import type { KmsDataKeys } from "./kms-data-keys";
import type { OperationName } from "./model";
import type { OperationInput, OperationOutput } from "./operation-shapes";

/** What every operation handler may use. */
export interface ServiceContext {
  store: Store;
  executions: ExecutionManager;
  /** Activity tasks waiting for GetActivityTask. */
  activities: ActivityQueue;
  /** The caller's partition, region and account: every resource it names or creates lives there. */
  scope: AccountScope;
  /** The KMS calls customer managed keys take where AWS_ENDPOINT_URL_KMS is set; none otherwise. */
  kms: KmsDataKeys;
  now(): number;
  /** Names unnamed executions: random, or reproducible with a seed. */
  uuid(): string;
}

/** An operation: its validated request in, its wire response out. */
export type OperationHandler<Op extends OperationName> = (
  ctx: ServiceContext,
  request: OperationInput<Op>,
) => Promise<OperationOutput<Op>> | OperationOutput<Op>;
