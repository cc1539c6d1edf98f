import { activityArn } from "../../shared/arn";
import { ServiceError } from "../../shared/service-error";
import type { ActivityRecord } from "../../store/records";
import { assertArn } from "../arn-checks";
import { paginate } from "../pagination";
import { assertValidName } from "../resource-names";
import type { OperationHandler, ServiceContext } from "../service-context";
import { epochSeconds } from "../wire-time";
import { tagsFromList } from "./tag-operations";

export function requireActivity(ctx: ServiceContext, arn: string): ActivityRecord {
  assertArn(arn, ["activity"]);
  const activity = ctx.store.getActivity(arn);
  if (!activity) throw new ServiceError("ActivityDoesNotExist", `Activity Does Not Exist: '${arn}'`);
  return activity;
}

export const createActivity: OperationHandler = (ctx, request) => {
  const name = request.name as string;
  assertValidName(name);
  const arn = activityArn(ctx.scope, name);
  // CreateActivity is idempotent: the same name returns the existing activity.
  const existing = ctx.store.getActivity(arn);
  if (existing) return { activityArn: arn, creationDate: epochSeconds(existing.creationDate) };
  const record: ActivityRecord = { activityArn: arn, name, creationDate: ctx.now(), tags: tagsFromList(request.tags) };
  ctx.store.putActivity(record);
  return { activityArn: arn, creationDate: epochSeconds(record.creationDate) };
};

export const describeActivity: OperationHandler = (ctx, request) => {
  const activity = requireActivity(ctx, request.activityArn as string);
  return {
    activityArn: activity.activityArn,
    name: activity.name,
    creationDate: epochSeconds(activity.creationDate),
    encryptionConfiguration: { type: "AWS_OWNED_KEY" },
  };
};

export const deleteActivity: OperationHandler = (ctx, request) => {
  const arn = request.activityArn as string;
  assertArn(arn, ["activity"]);
  ctx.store.deleteActivity(arn);
  return {};
};

export const listActivities: OperationHandler = (ctx, request) => {
  const { page, nextToken } = paginate(ctx.store.listActivities(), request, "ListActivities");
  const response: Record<string, unknown> = {
    activities: page.map((activity) => ({
      activityArn: activity.activityArn,
      name: activity.name,
      creationDate: epochSeconds(activity.creationDate),
    })),
  };
  if (nextToken) response.nextToken = nextToken;
  return response;
};
