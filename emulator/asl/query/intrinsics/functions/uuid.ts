/** The intrinsic function States.UUID (a fresh v4 UUID). */
import type { IntrinsicFunction } from "../argument-spec";

/** States.UUID: a v4 UUID from the execution's source of ids. */
export const statesUuid: IntrinsicFunction = {
  name: "States.UUID",
  signature: { arguments: [] },
  evaluate(_args, invocation) {
    return invocation.scope.uuid();
  },
};
