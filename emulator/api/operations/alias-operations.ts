/** CreateStateMachineAlias, DescribeStateMachineAlias, UpdateStateMachineAlias, DeleteStateMachineAlias, ListStateMachineAliases. */
import type { RoutingConfigurationListItem } from "@aws-sdk/client-sfn";
import { inScope } from "../../shared/arn";
import { ServiceError } from "../../shared/service-error";
import type { AliasRecord, StateMachineRecord } from "../../store/records";
import { assertArn } from "../arn-checks";
import type { Validated } from "../operation-shapes";
import { isNumberKey, nextToken, pageRequest } from "../pagination";
import { aliasNotFound } from "../resource-not-found";
import type { OperationHandler, ServiceContext } from "../service-context";
import { epochSeconds } from "../wire-time";
import { requireStateMachine } from "./state-machine-lookup";

type Routing = AliasRecord["routingConfiguration"];
type RequestedRouting = Array<Validated<RoutingConfigurationListItem>>;

export function requireAlias(ctx: ServiceContext, arn: string): AliasRecord {
  assertArn(arn, ["stateMachine"]);
  const alias = inScope(arn, ctx.scope) ? ctx.store.getAlias(arn) : undefined;
  if (!alias) throw aliasNotFound(arn);
  return alias;
}

/**
 * AWS's rules for a routing configuration: existing versions of one state machine, distinct,
 * weights summing to 100. Answers the state machine the versions belong to.
 */
function checkRouting(ctx: ServiceContext, requested: RequestedRouting): { machineArn: string; routing: Routing } {
  const routing = requested.map((route) => ({ stateMachineVersionArn: route.stateMachineVersionArn, weight: route.weight }));
  const arns = routing.map((route) => route.stateMachineVersionArn);
  const versions: StateMachineRecord[] = [];
  for (const arn of arns) {
    const version = inScope(arn, ctx.scope) ? ctx.store.getStateMachine(arn) : undefined;
    if (version?.versionOf === undefined) {
      throw new ServiceError("ValidationException", `Routing configuration must contain state machine version ARNs. Received: [${arns.join(", ")}]`);
    }
    versions.push(version);
  }
  if (new Set(arns).size !== arns.length) {
    throw new ServiceError("ValidationException", `Routing configuration must contain distinct state machine version ARNs. Received: [${arns.join(", ")}]`);
  }
  const machines = new Set(versions.map((version) => version.versionOf));
  if (machines.size > 1) {
    throw new ServiceError(
      "ValidationException",
      `Routing configuration must contain state machine version ARNs of the same state machine. Received: [${arns.join(", ")}]`,
    );
  }
  const weights = routing.map((route) => route.weight);
  if (weights.reduce((sum, weight) => sum + weight, 0) !== 100) {
    throw new ServiceError("ValidationException", `Sum of routing configuration weights must equal 100. Received: [${weights.join(", ")}]`);
  }
  return { machineArn: versions[0]?.versionOf ?? "", routing };
}

function sameRouting(a: Routing, b: Routing): boolean {
  return a.length === b.length && a.every((route, i) => route.stateMachineVersionArn === b[i]?.stateMachineVersionArn && route.weight === b[i]?.weight);
}

export const createStateMachineAlias: OperationHandler<"CreateStateMachineAlias"> = (ctx, request) => {
  const { machineArn, routing } = checkRouting(ctx, request.routingConfiguration);
  const machine = requireStateMachine(ctx, machineArn);
  const arn = `${machine.stateMachineArn}:${request.name}`;
  const existing = ctx.store.getAlias(arn);
  if (existing) {
    // Same name and routing is the same request again; a different routing is a conflict.
    if (sameRouting(existing.routingConfiguration, routing) && existing.description === request.description) {
      return { stateMachineAliasArn: arn, creationDate: epochSeconds(existing.creationDate) };
    }
    throw new ServiceError(
      "ConflictException",
      "Failed to create alias because an alias with the same name and a different routing configuration already exists.",
    );
  }
  const now = ctx.now();
  // A new alias has been updated when it was created, as AWS describes it.
  const alias: AliasRecord = { stateMachineAliasArn: arn, stateMachineArn: machine.stateMachineArn, name: request.name, routingConfiguration: routing, creationDate: now, updateDate: now };
  if (request.description !== undefined) alias.description = request.description;
  ctx.store.putAlias(alias);
  return { stateMachineAliasArn: arn, creationDate: epochSeconds(alias.creationDate) };
};

export const describeStateMachineAlias: OperationHandler<"DescribeStateMachineAlias"> = (ctx, request) => {
  const alias = requireAlias(ctx, request.stateMachineAliasArn);
  return {
    stateMachineAliasArn: alias.stateMachineAliasArn,
    name: alias.name,
    description: alias.description,
    routingConfiguration: alias.routingConfiguration,
    creationDate: epochSeconds(alias.creationDate),
    updateDate: epochSeconds(alias.updateDate ?? alias.creationDate),
  };
};

export const updateStateMachineAlias: OperationHandler<"UpdateStateMachineAlias"> = (ctx, request) => {
  if (request.description === undefined && request.routingConfiguration === undefined) {
    throw new ServiceError("ValidationException", "Either the description or the RoutingConfiguration must be specified");
  }
  const alias = requireAlias(ctx, request.stateMachineAliasArn);
  if (request.routingConfiguration !== undefined) {
    const { machineArn, routing } = checkRouting(ctx, request.routingConfiguration);
    if (machineArn !== alias.stateMachineArn) {
      throw new ServiceError(
        "ValidationException",
        `Routing configuration must contain state machine version ARNs of the same state machine. Received: [${routing.map((route) => route.stateMachineVersionArn).join(", ")}]`,
      );
    }
    alias.routingConfiguration = routing;
  }
  if (request.description !== undefined) alias.description = request.description;
  alias.updateDate = ctx.now();
  ctx.store.putAlias(alias);
  return { updateDate: epochSeconds(alias.updateDate) };
};

/** Deleting an alias that is not there succeeds, as AWS answered in a 2025 recording. */
export const deleteStateMachineAlias: OperationHandler<"DeleteStateMachineAlias"> = (ctx, request) => {
  const arn = request.stateMachineAliasArn;
  assertArn(arn, ["stateMachine"]);
  if (inScope(arn, ctx.scope)) ctx.store.deleteAlias(arn);
  return {};
};

export const listStateMachineAliases: OperationHandler<"ListStateMachineAliases"> = (ctx, request) => {
  const machine = requireStateMachine(ctx, request.stateMachineArn);
  const listing = `ListStateMachineAliases:${machine.stateMachineArn}`;
  const page = ctx.store.listAliases(machine.stateMachineArn, pageRequest(request, listing, isNumberKey));
  return {
    stateMachineAliases: page.items.map((alias) => ({
      stateMachineAliasArn: alias.stateMachineAliasArn,
      creationDate: epochSeconds(alias.creationDate),
    })),
    nextToken: nextToken(page, listing),
  };
};

/** Picks the version an execution started through the alias runs, by the routing weights. */
export function routeAlias(alias: AliasRecord, random: () => number): string {
  let draw = random() * 100;
  for (const route of alias.routingConfiguration) {
    draw -= route.weight;
    if (draw < 0) return route.stateMachineVersionArn;
  }
  return alias.routingConfiguration[alias.routingConfiguration.length - 1]?.stateMachineVersionArn ?? "";
}
