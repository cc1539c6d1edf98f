import { ServiceError } from "../../shared/service-error";
import { resourceNotFound } from "../resource-not-found";
import type { OperationHandler, ServiceContext } from "../service-context";

const MAX_TAGS = 50;

/** `[{key, value}]` on the wire, a plain map in the store. */
export function tagsFromList(list: unknown): Record<string, string> {
  const tags: Record<string, string> = {};
  if (!Array.isArray(list)) return tags;
  for (const tag of list as Array<{ key?: unknown; value?: unknown }>) {
    if (typeof tag.key === "string") tags[tag.key] = typeof tag.value === "string" ? tag.value : "";
  }
  return tags;
}

/** Finds the taggable resource behind an ARN and saves changes to its tags. */
function taggable(ctx: ServiceContext, arn: string): { tags: Record<string, string>; save: () => void } {
  const machine = ctx.store.getStateMachine(arn);
  // Versions cannot be tagged: AWS answers as if they did not exist.
  if (machine && machine.versionOf === undefined) return { tags: machine.tags, save: () => ctx.store.putStateMachine(machine) };
  const activity = ctx.store.getActivity(arn);
  if (activity) return { tags: activity.tags, save: () => ctx.store.putActivity(activity) };
  throw resourceNotFound(arn);
}

export const tagResource: OperationHandler = (ctx, request) => {
  const list = Array.isArray(request.tags) ? (request.tags as Array<{ key?: unknown }>) : [];
  const keyless = list.findIndex((tag) => typeof tag?.key !== "string");
  if (keyless >= 0) {
    throw new ServiceError(
      "ValidationException",
      `1 validation error detected: Value null at 'tags.${keyless + 1}.member.key' failed to satisfy constraint: Member must not be null`,
    );
  }
  const resource = taggable(ctx, request.resourceArn as string);
  Object.assign(resource.tags, tagsFromList(request.tags));
  if (Object.keys(resource.tags).length > MAX_TAGS) {
    throw new ServiceError("TooManyTags", `Too many tags: the maximum is ${MAX_TAGS}`, {
      resourceName: request.resourceArn as string,
    });
  }
  resource.save();
  return {};
};

export const untagResource: OperationHandler = (ctx, request) => {
  const resource = taggable(ctx, request.resourceArn as string);
  for (const key of (request.tagKeys as string[] | undefined) ?? []) delete resource.tags[key];
  resource.save();
  return {};
};

export const listTagsForResource: OperationHandler = (ctx, request) => {
  const resource = taggable(ctx, request.resourceArn as string);
  return { tags: Object.entries(resource.tags).map(([key, value]) => ({ key, value })) };
};
