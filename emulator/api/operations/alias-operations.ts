import { ServiceError } from "../../shared/service-error";
import type { AliasRecord } from "../../store/records";
import { assertArn } from "../arn-checks";
import { paginate } from "../pagination";
import { resourceNotFound } from "../resource-not-found";
import type { OperationHandler, ServiceContext } from "../service-context";
import { epochSeconds } from "../wire-time";
import { requireStateMachine } from "./state-machine-lookup";

type Routing = AliasRecord["routingConfiguration"];

export function requireAlias(ctx: ServiceContext, arn: string): AliasRecord {
  assertArn(arn, ["stateMachine"]);
  const alias = ctx.store.getAlias(arn);
  if (!alias) throw resourceNotFound(arn);
  return alias;
}

/** AWS's rules for a routing configuration: existing versions of one machine, distinct, weights summing to 100. */
function checkRouting(ctx: ServiceContext, routing: Routing): string {
  const arns = routing.map((route) => route.stateMachineVersionArn);
  const versions = arns.map((arn) => ctx.store.getStateMachine(arn));
  if (versions.some((version) => version?.versionOf === undefined)) {
    throw new ServiceError("ValidationException", `Routing configuration must contain state machine version ARNs. Received: [${arns.join(", ")}]`);
  }
  if (new Set(arns).size !== arns.length) {
    throw new ServiceError("ValidationException", `Routing configuration must contain distinct state machine version ARNs. Received: [${arns.join(", ")}]`);
  }
  const weights = routing.map((route) => route.weight);
  if (weights.reduce((sum, weight) => sum + weight, 0) !== 100) {
    throw new ServiceError("ValidationException", `Sum of routing configuration weights must equal 100. Received: [${weights.join(", ")}]`);
  }
  return versions[0]?.versionOf as string;
}

function sameRouting(a: Routing, b: Routing): boolean {
  return a.length === b.length && a.every((route, i) => route.stateMachineVersionArn === b[i]?.stateMachineVersionArn && route.weight === b[i]?.weight);
}

export const createStateMachineAlias: OperationHandler = (ctx, request) => {
  const routing = request.routingConfiguration as Routing;
  const machineArn = checkRouting(ctx, routing);
  const machine = requireStateMachine(ctx, machineArn);
  const arn = `${machine.stateMachineArn}:${request.name as string}`;
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
  const alias: AliasRecord = {
    stateMachineAliasArn: arn,
    stateMachineArn: machine.stateMachineArn,
    name: request.name as string,
    routingConfiguration: routing.map((route) => ({ stateMachineVersionArn: route.stateMachineVersionArn, weight: route.weight })),
    creationDate: ctx.now(),
  };
  if (typeof request.description === "string") alias.description = request.description;
  ctx.store.putAlias(alias);
  return { stateMachineAliasArn: arn, creationDate: epochSeconds(alias.creationDate) };
};

export const describeStateMachineAlias: OperationHandler = (ctx, request) => {
  const alias = requireAlias(ctx, request.stateMachineAliasArn as string);
  const response: Record<string, unknown> = {
    stateMachineAliasArn: alias.stateMachineAliasArn,
    name: alias.name,
    routingConfiguration: alias.routingConfiguration,
    creationDate: epochSeconds(alias.creationDate),
  };
  if (alias.description !== undefined) response.description = alias.description;
  if (alias.updateDate !== undefined) response.updateDate = epochSeconds(alias.updateDate);
  return response;
};

export const updateStateMachineAlias: OperationHandler = (ctx, request) => {
  const alias = requireAlias(ctx, request.stateMachineAliasArn as string);
  if (request.routingConfiguration !== undefined) {
    const routing = request.routingConfiguration as Routing;
    checkRouting(ctx, routing);
    alias.routingConfiguration = routing.map((route) => ({ stateMachineVersionArn: route.stateMachineVersionArn, weight: route.weight }));
  }
  if (typeof request.description === "string") alias.description = request.description;
  alias.updateDate = ctx.now();
  ctx.store.putAlias(alias);
  return { updateDate: epochSeconds(alias.updateDate) };
};

export const deleteStateMachineAlias: OperationHandler = (ctx, request) => {
  const arn = request.stateMachineAliasArn as string;
  assertArn(arn, ["stateMachine"]);
  ctx.store.deleteAlias(arn);
  return {};
};

export const listStateMachineAliases: OperationHandler = (ctx, request) => {
  const machine = requireStateMachine(ctx, request.stateMachineArn as string);
  const { page, nextToken } = paginate(ctx.store.listAliases(machine.stateMachineArn), request, `ListStateMachineAliases:${machine.stateMachineArn}`);
  const response: Record<string, unknown> = {
    stateMachineAliases: page.map((alias) => ({
      stateMachineAliasArn: alias.stateMachineAliasArn,
      creationDate: epochSeconds(alias.creationDate),
    })),
  };
  if (nextToken) response.nextToken = nextToken;
  return response;
};

/** Picks the version an execution started through the alias runs, by the routing weights. */
export function routeAlias(alias: AliasRecord, random: () => number): string {
  let draw = random() * 100;
  for (const route of alias.routingConfiguration) {
    draw -= route.weight;
    if (draw < 0) return route.stateMachineVersionArn;
  }
  return (alias.routingConfiguration[alias.routingConfiguration.length - 1] as Routing[number]).stateMachineVersionArn;
}
