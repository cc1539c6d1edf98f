/** CreateActivity, DescribeActivity, DeleteActivity, ListActivities. */
import { activityArn, inScope, namespaceOf } from "../../shared/arn";
import { ServiceError } from "../../shared/service-error";
import type { ActivityRecord } from "../../store/records";
import { assertArn } from "../arn-checks";
import { isNumberKey, nextToken, pageRequest } from "../pagination";
import { assertValidName } from "../resource-names";
import type { OperationHandler, ServiceContext } from "../service-context";
import { DEFAULT_ENCRYPTION, encryptionConfiguration, sameSettings } from "../state-machine-settings";
import { epochSeconds } from "../wire-time";
import { tagsFromList } from "./tag-operations";

export function requireActivity(ctx: ServiceContext, arn: string): ActivityRecord {
  assertArn(arn, ["activity"]);
  const activity = inScope(arn, ctx.scope) ? ctx.store.getActivity(arn) : undefined;
  if (!activity) throw new ServiceError("ActivityDoesNotExist", `Activity Does Not Exist: '${arn}'`);
  return activity;
}

export const createActivity: OperationHandler<"CreateActivity"> = async (ctx, request) => {
  const { name } = request;
  assertValidName(name);
  const encryption = encryptionConfiguration(request.encryptionConfiguration);
  const arn = activityArn(ctx.scope, name);
  await ctx.kms.check(encryption, ctx.scope, arn);
  const existing = ctx.store.getActivity(arn);
  if (existing) {
    // The same name and settings again returns the existing activity; other settings are a conflict,
    // worded as AWS words its recorded "State Machine Already Exists" and "Execution Already Exists".
    if (sameSettings(existing.encryptionConfiguration ?? DEFAULT_ENCRYPTION, encryption ?? DEFAULT_ENCRYPTION)) {
      return { activityArn: arn, creationDate: epochSeconds(existing.creationDate) };
    }
    throw new ServiceError("ActivityAlreadyExists", `Activity Already Exists: '${arn}'`);
  }
  const record: ActivityRecord = { activityArn: arn, name, creationDate: ctx.now(), tags: tagsFromList(request.tags) };
  if (encryption !== undefined) record.encryptionConfiguration = encryption;
  ctx.store.putActivity(record);
  return { activityArn: arn, creationDate: epochSeconds(record.creationDate) };
};

export const describeActivity: OperationHandler<"DescribeActivity"> = (ctx, request) => {
  const activity = requireActivity(ctx, request.activityArn);
  return {
    activityArn: activity.activityArn,
    name: activity.name,
    creationDate: epochSeconds(activity.creationDate),
    encryptionConfiguration: activity.encryptionConfiguration ?? DEFAULT_ENCRYPTION,
  };
};

export const deleteActivity: OperationHandler<"DeleteActivity"> = (ctx, request) => {
  const arn = request.activityArn;
  assertArn(arn, ["activity"]);
  if (inScope(arn, ctx.scope)) ctx.store.deleteActivity(arn);
  return {};
};

export const listActivities: OperationHandler<"ListActivities"> = (ctx, request) => {
  const namespace = namespaceOf(ctx.scope);
  const listing = `ListActivities:${namespace}`;
  const page = ctx.store.listActivities(namespace, pageRequest(request, listing, isNumberKey));
  return {
    activities: page.items.map((activity) => ({
      activityArn: activity.activityArn,
      name: activity.name,
      creationDate: epochSeconds(activity.creationDate),
    })),
    nextToken: nextToken(page, listing),
  };
};
