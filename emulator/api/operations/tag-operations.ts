/** TagResource, UntagResource, ListTagsForResource, and tags as the store keeps them. */
import type { Tag } from "@aws-sdk/client-sfn";
import { inScope } from "../../shared/arn";
import { ServiceError } from "../../shared/service-error";
import { resourceNotFound } from "../resource-not-found";
import type { OperationHandler, ServiceContext } from "../service-context";

const MAX_TAGS = 50;

/** `[{key, value}]` on the wire, a plain map in the store. */
export function tagsFromList(list: readonly Tag[] | undefined): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const tag of list ?? []) {
    if (tag.key !== undefined) tags[tag.key] = tag.value ?? "";
  }
  return tags;
}

/** Finds the taggable resource behind an ARN in the caller's region and account, and saves changes to its tags. */
function taggable(ctx: ServiceContext, arn: string): { tags: Record<string, string>; save: () => void } {
  if (!inScope(arn, ctx.scope)) throw resourceNotFound(arn);
  const machine = ctx.store.getStateMachine(arn);
  // Versions cannot be tagged: AWS answers as if they did not exist.
  if (machine && machine.versionOf === undefined) return { tags: machine.tags, save: () => ctx.store.putStateMachine(machine) };
  const activity = ctx.store.getActivity(arn);
  if (activity) return { tags: activity.tags, save: () => ctx.store.putActivity(activity) };
  throw resourceNotFound(arn);
}

export const tagResource: OperationHandler<"TagResource"> = (ctx, request) => {
  const keyless = request.tags.findIndex((tag) => tag.key === undefined);
  if (keyless >= 0) {
    throw new ServiceError(
      "ValidationException",
      `1 validation error detected: Value null at 'tags.${keyless + 1}.member.key' failed to satisfy constraint: Member must not be null`,
    );
  }
  const resource = taggable(ctx, request.resourceArn);
  Object.assign(resource.tags, tagsFromList(request.tags));
  if (Object.keys(resource.tags).length > MAX_TAGS) {
    throw new ServiceError("TooManyTags", `Too many tags: the maximum is ${MAX_TAGS}`, { resourceName: request.resourceArn });
  }
  resource.save();
  return {};
};

export const untagResource: OperationHandler<"UntagResource"> = (ctx, request) => {
  const resource = taggable(ctx, request.resourceArn);
  for (const key of request.tagKeys) delete resource.tags[key];
  resource.save();
  return {};
};

export const listTagsForResource: OperationHandler<"ListTagsForResource"> = (ctx, request) => {
  const resource = taggable(ctx, request.resourceArn);
  return { tags: Object.entries(resource.tags).map(([key, value]) => ({ key, value })) };
};
