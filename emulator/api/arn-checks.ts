/**
 * ARN checks on request members: anything that is not a Step Functions ARN of the resource type the
 * operation expects is refused as InvalidArn, in AWS's words.
 */
import { parseArn } from "../shared/arn";
import { ServiceError } from "../shared/service-error";

/** Rejects what is not an ARN of the expected resource type, with AWS's InvalidArn wording. */
export function assertArn(arn: string, resourceTypes: readonly string[]): void {
  if (!arn.startsWith("arn:")) throw new ServiceError("InvalidArn", `Invalid Arn: 'Invalid ARN prefix: ${arn}'`);
  const parsed = parseArn(arn);
  if (!parsed || parsed.service !== "states" || !resourceTypes.includes(parsed.resourceType)) {
    throw new ServiceError("InvalidArn", `Invalid Arn: 'Resource type not valid in this context: ${parsed?.resourceType ?? arn}'`);
  }
}
