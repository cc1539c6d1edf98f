/** PublishStateMachineVersion, ListStateMachineVersions, DeleteStateMachineVersion, and publishing on create and update. */
import { inScope } from "../../shared/arn";
import { ServiceError } from "../../shared/service-error";
import type { StateMachineRecord } from "../../store/records";
import { assertArn } from "../arn-checks";
import { isNumberKey, nextToken, pageRequest } from "../pagination";
import type { OperationHandler, ServiceContext } from "../service-context";
import { epochSeconds } from "../wire-time";
import { requireStateMachine, requireUnversionedStateMachine } from "./state-machine-lookup";

const ALL_AT_ONCE = 1000;

/** The machine's newest version, if it has one. */
export function latestVersion(ctx: ServiceContext, machine: StateMachineRecord): StateMachineRecord | undefined {
  return ctx.store.listVersions(machine.stateMachineArn, { limit: 1 }).items[0];
}

/**
 * Publishes the machine's current revision as a version. Publishing an unchanged revision with the
 * same description again returns the version that already holds it, as AWS does; a new description
 * makes a new version even when the definition is unchanged.
 */
export function publishVersion(ctx: ServiceContext, machine: StateMachineRecord, description: string | undefined): StateMachineRecord {
  const latest = latestVersion(ctx, machine);
  if (
    latest &&
    latest.revisionId === machine.revisionId &&
    latest.definition === machine.definition &&
    latest.roleArn === machine.roleArn &&
    latest.description === description
  ) {
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

/** Deleting a state machine deletes its versions and aliases with it. */
export function deleteVersionsOf(ctx: ServiceContext, machineArn: string): void {
  for (;;) {
    const versions = ctx.store.listVersions(machineArn, { limit: ALL_AT_ONCE }).items;
    const aliases = ctx.store.listAliases(machineArn, { limit: ALL_AT_ONCE }).items;
    if (versions.length === 0 && aliases.length === 0) return;
    for (const alias of aliases) ctx.store.deleteAlias(alias.stateMachineAliasArn);
    for (const version of versions) ctx.store.deleteStateMachine(version.stateMachineArn);
  }
}

export const publishStateMachineVersion: OperationHandler<"PublishStateMachineVersion"> = (ctx, request) => {
  const machine = requireUnversionedStateMachine(ctx, request.stateMachineArn);
  const expected = request.revisionId;
  if (expected !== undefined && expected !== machine.revisionId) {
    throw new ServiceError(
      "ConflictException",
      `Failed to publish the State Machine version for revision ${expected}. The current State Machine revision is ${machine.revisionId ?? ""}.`,
    );
  }
  const version = publishVersion(ctx, machine, request.description);
  return { creationDate: epochSeconds(version.creationDate), stateMachineVersionArn: version.stateMachineArn };
};

export const listStateMachineVersions: OperationHandler<"ListStateMachineVersions"> = (ctx, request) => {
  const machine = requireStateMachine(ctx, request.stateMachineArn);
  const listing = `ListStateMachineVersions:${machine.stateMachineArn}`;
  const page = ctx.store.listVersions(machine.stateMachineArn, pageRequest(request, listing, isNumberKey));
  return {
    stateMachineVersions: page.items.map((version) => ({
      stateMachineVersionArn: version.stateMachineArn,
      creationDate: epochSeconds(version.creationDate),
    })),
    nextToken: nextToken(page, listing),
  };
};

export const deleteStateMachineVersion: OperationHandler<"DeleteStateMachineVersion"> = (ctx, request) => {
  const arn = request.stateMachineVersionArn;
  assertArn(arn, ["stateMachine"]);
  const version = inScope(arn, ctx.scope) ? ctx.store.getStateMachine(arn) : undefined;
  if (!version || version.versionOf === undefined) return {};
  const referencing: string[] = [];
  let after: number | undefined;
  do {
    const page = ctx.store.listAliases(version.versionOf, { after, limit: ALL_AT_ONCE });
    for (const alias of page.items) {
      if (alias.routingConfiguration.some((route) => route.stateMachineVersionArn === arn)) referencing.push(alias.name);
    }
    after = page.next;
  } while (after !== undefined);
  if (referencing.length > 0) {
    throw new ServiceError(
      "ConflictException",
      `Version to be deleted must not be referenced by an alias. Current list of aliases referencing this version: [${referencing.join(", ")}]`,
    );
  }
  ctx.store.deleteStateMachine(arn);
  return {};
};
