/**
 * AWS's size quotas on the workflow variables one Assign sets, and the States.DataLimitExceeded they
 * raise.
 */
import type { JsonObject } from "../../shared/json";
import { AslError } from "../errors/asl-error";

/** AWS's quotas for workflow variables: one variable, and everything one Assign sets, at most 256 KiB each. */
const MAX_ASSIGN_BYTES = 256 * 1024;

/** States.DataLimitExceeded when an Assign sets more than AWS stores, else undefined. */
export function assignLimitFailure(stateName: string, assigned: JsonObject | undefined): AslError | undefined {
  if (assigned === undefined) return undefined;
  let total = 0;
  for (const [name, value] of Object.entries(assigned)) {
    const bytes = Buffer.byteLength(JSON.stringify(value), "utf8");
    total += bytes;
    if (bytes > MAX_ASSIGN_BYTES) {
      return new AslError(
        "States.DataLimitExceeded",
        `The variable '${name}' assigned by the state '${stateName}' exceeds the maximum size of 256 KiB.`,
      );
    }
  }
  if (total > MAX_ASSIGN_BYTES) {
    return new AslError(
      "States.DataLimitExceeded",
      `The variables assigned by the state '${stateName}' exceed the maximum combined size of 256 KiB.`,
    );
  }
  return undefined;
}
