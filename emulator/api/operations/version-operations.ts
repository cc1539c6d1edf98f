import { ServiceError } from "../../shared/service-error";
import type { StateMachineRecord } from "../../store/records";
import { assertArn } from "../arn-checks";
import { paginate } from "../pagination";
import type { OperationHandler, ServiceContext } from "../service-context";
import { epochSeconds } from "../wire-time";
import { requireStateMachine } from "./state-machine-lookup";

function versionsOf(ctx: ServiceContext, machineArn: string): StateMachineRecord[] {
  return ctx.store
    .listStateMachines()
    .filter((record) => record.versionOf === machineArn)
    .sort((a, b) => (b.versionNumber ?? 0) - (a.versionNumber ?? 0));
}

/**
 * Publishes the machine's current revision as a version; publishing an unchanged revision again
 * returns the version that already holds it, as AWS does.
 */
export function publishVersion(ctx: ServiceContext, machine: StateMachineRecord, description: string | undefined): StateMachineRecord {
  const latest = versionsOf(ctx, machine.stateMachineArn)[0];
  if (latest && latest.revisionId === machine.revisionId && latest.definition === machine.definition && latest.roleArn === machine.roleArn) {
    return latest;
  }
  const number = (machine.latestVersionNumber ?? 0) + 1;
  machine.latestVersionNumber = number;
  ctx.store.putStateMachine(machine);
  const version: StateMachineRecord = {
    ...machine,
    stateMachineArn: `${machine.stateMachineArn}:${number}`,
    creationDate: ctx.now(),
    tags: {},
    versionOf: machine.stateMachineArn,
    versionNumber: number,
  };
  delete version.latestVersionNumber;
  delete version.updateDate;
  delete version.description;
  if (description !== undefined) version.description = description;
  ctx.store.putStateMachine(version);
  return version;
}

export const publishStateMachineVersion: OperationHandler = (ctx, request) => {
  const machine = requireStateMachine(ctx, request.stateMachineArn as string);
  if (machine.versionOf !== undefined) {
    throw new ServiceError("StateMachineDoesNotExist", `State Machine Does Not Exist: '${machine.stateMachineArn}'`);
  }
  const expected = request.revisionId as string | undefined;
  if (expected !== undefined && expected !== machine.revisionId) {
    throw new ServiceError(
      "ConflictException",
      `Failed to publish the State Machine version for revision ${expected}. The current State Machine revision is ${machine.revisionId ?? ""}.`,
    );
  }
  const version = publishVersion(ctx, machine, request.description as string | undefined);
  return { creationDate: epochSeconds(version.creationDate), stateMachineVersionArn: version.stateMachineArn };
};

export const listStateMachineVersions: OperationHandler = (ctx, request) => {
  const machine = requireStateMachine(ctx, request.stateMachineArn as string);
  const versions = versionsOf(ctx, machine.stateMachineArn);
  const { page, nextToken } = paginate(versions, request, `ListStateMachineVersions:${machine.stateMachineArn}`);
  const response: Record<string, unknown> = {
    stateMachineVersions: page.map((version) => ({
      stateMachineVersionArn: version.stateMachineArn,
      creationDate: epochSeconds(version.creationDate),
    })),
  };
  if (nextToken) response.nextToken = nextToken;
  return response;
};

export const deleteStateMachineVersion: OperationHandler = (ctx, request) => {
  const arn = request.stateMachineVersionArn as string;
  assertArn(arn, ["stateMachine"]);
  const version = ctx.store.getStateMachine(arn);
  if (!version || version.versionOf === undefined) return {};
  const referencing = ctx.store
    .listAliases(version.versionOf)
    .filter((alias) => alias.routingConfiguration.some((route) => route.stateMachineVersionArn === arn));
  if (referencing.length > 0) {
    throw new ServiceError(
      "ConflictException",
      `Version to be deleted must not be referenced by an alias. Current list of aliases referencing this version: [${referencing.map((alias) => alias.name).join(", ")}]`,
    );
  }
  ctx.store.deleteStateMachine(arn);
  return {};
};
