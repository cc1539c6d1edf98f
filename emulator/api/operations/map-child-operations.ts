/**
 * The execution operations on a DISTRIBUTED Map's child executions: ListExecutions by mapRunArn,
 * and DescribeExecution, GetExecutionHistory and DescribeStateMachineForExecution of one child.
 */
import type {
  DescribeExecutionOutput,
  DescribeStateMachineForExecutionOutput,
  ExecutionListItem,
  ExecutionRedriveFilter,
  ListExecutionsInput,
  ListExecutionsOutput,
} from "@aws-sdk/client-sfn";
import { historyEventToWire } from "../../asl";
import type { Json, JsonObject } from "../../shared/json";
import { inScope } from "../../shared/arn";
import { ServiceError } from "../../shared/service-error";
import type { MapChildRecord } from "../../store/records";
import { assertArn } from "../arn-checks";
import type { Wire } from "../operation-shapes";
import { isExecutionKey, nextToken, pageRequest } from "../pagination";
import { resourceNotFound } from "../resource-not-found";
import type { ServiceContext } from "../service-context";
import { DEFAULT_ENCRYPTION, DEFAULT_LOGGING, DEFAULT_TRACING } from "../state-machine-settings";
import { executionDescription, executionSummary } from "../execution-summary";
import { epochSeconds } from "../wire-time";

/** The child execution an `execution` ARN names, if it is one of a map run's. */
export function findMapChild(ctx: ServiceContext, arn: string): MapChildRecord | undefined {
  if (!arn.includes("/") || !inScope(arn, ctx.scope)) return undefined;
  return ctx.store.getMapChild(arn);
}

/** ListExecutions with a mapRunArn: the run's children, newest first, by status and redrive. */
export function listMapChildren(ctx: ServiceContext, request: Wire<ListExecutionsInput>, mapRunArn: string): Wire<ListExecutionsOutput> {
  if (request.stateMachineArn !== undefined) {
    throw new ServiceError("ValidationException", "Only one of stateMachineArn and mapRunArn may be provided");
  }
  assertArn(mapRunArn, ["mapRun"]);
  if (!inScope(mapRunArn, ctx.scope) || ctx.store.getMapRun(mapRunArn) === undefined) throw resourceNotFound(mapRunArn);
  const status = request.statusFilter;
  const redriven = redrivenFilter(request.redriveFilter);
  const listing = `ListExecutions:${mapRunArn}:${status ?? ""}:${request.redriveFilter ?? ""}`;
  const page = ctx.store.listMapChildren({ mapRunArn, status, redriven }, pageRequest(request, listing, isExecutionKey));
  return { executions: page.items.map(listItem), nextToken: nextToken(page, listing) };
}

function redrivenFilter(filter: ExecutionRedriveFilter | undefined): boolean | undefined {
  if (filter === undefined) return undefined;
  return filter === "REDRIVEN";
}

function listItem(child: MapChildRecord): Wire<ExecutionListItem> {
  return {
    ...executionSummary(child),
    mapRunArn: child.mapRunArn,
    redriveCount: child.redriveCount,
    redriveDate: child.redriveDate === undefined ? undefined : epochSeconds(child.redriveDate),
  };
}

export function describeMapChild(child: MapChildRecord): Wire<DescribeExecutionOutput> {
  const redrivable = child.status === "FAILED" || child.status === "ABORTED" || child.status === "TIMED_OUT";
  return {
    ...executionDescription(child),
    mapRunArn: child.mapRunArn,
    redriveCount: child.redriveCount,
    redriveDate: child.redriveDate === undefined ? undefined : epochSeconds(child.redriveDate),
    // A child is redriven through its parent's redrive, never on its own.
    redriveStatus: redrivable ? "REDRIVABLE_BY_MAP_RUN" : "NOT_REDRIVABLE",
    redriveStatusReason: redrivable ? undefined : `Execution is ${child.status} and cannot be redriven`,
  };
}

/**
 * A STANDARD child's history: its ExecutionStarted, the events its iteration wrote (kept apart from
 * the parent's, numbered in the parent's sequence, renumbered here from 2 on), and its end.
 */
export function mapChildHistory(ctx: ServiceContext, child: MapChildRecord): JsonObject[] {
  if (child.type === "EXPRESS") {
    throw new ServiceError("StateMachineTypeNotSupported", "This operation is not supported by this type of state machine");
  }
  const roleArn = ctx.store.getExecution(child.parentArn)?.roleArn ?? "";
  const events: JsonObject[] = [
    {
      timestamp: epochSeconds(child.startDate),
      type: "ExecutionStarted",
      id: 1,
      previousEventId: 0,
      executionStartedEventDetails: { input: child.input, inputDetails: { truncated: false }, roleArn },
    },
  ];
  const stored = ctx.store.getMapChildEvents(child.mapRunArn, child.index);
  const ids = new Map(stored.map((event, position) => [event.id, position + 2]));
  for (const event of stored) {
    events.push(historyEventToWire({ ...event, id: ids.get(event.id) ?? 0, previousEventId: ids.get(event.previousEventId) ?? 1 }));
  }
  const end = endEvent(child);
  if (end !== undefined && child.stopDate !== undefined) {
    events.push({ timestamp: epochSeconds(child.stopDate), id: events.length + 1, previousEventId: events.length, ...end });
  }
  return events;
}

function endEvent(child: MapChildRecord): JsonObject | undefined {
  switch (child.status) {
    case "SUCCEEDED":
      return { type: "ExecutionSucceeded", executionSucceededEventDetails: { output: child.output ?? "null", outputDetails: { truncated: false } } };
    case "FAILED":
      return { type: "ExecutionFailed", executionFailedEventDetails: withDefined({ error: child.error, cause: child.cause }) };
    case "ABORTED":
      return { type: "ExecutionAborted", executionAbortedEventDetails: {} };
    case "TIMED_OUT":
      return { type: "ExecutionTimedOut", executionTimedOutEventDetails: {} };
    case "RUNNING":
    case "PENDING_REDRIVE":
      return undefined;
  }
}

function withDefined(fields: Record<string, string | undefined>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out;
}

/** The child's state machine: the Map's ItemProcessor, found in the parent's definition by label or state name. */
export function mapChildStateMachine(ctx: ServiceContext, child: MapChildRecord): Wire<DescribeStateMachineForExecutionOutput> {
  const parent = ctx.store.getExecution(child.parentArn);
  const path = child.stateMachineArn.split(":")[6] ?? "";
  const label = path.slice(path.indexOf("/") + 1);
  const definition: Json = parent === undefined ? null : JSON.parse(parent.definition);
  const processor = findProcessor(definition, label);
  return {
    stateMachineArn: child.stateMachineArn,
    name: path,
    definition: JSON.stringify(processor ?? {}),
    roleArn: parent?.roleArn ?? "",
    updateDate: epochSeconds(parent?.startDate ?? child.startDate),
    loggingConfiguration: DEFAULT_LOGGING,
    tracingConfiguration: DEFAULT_TRACING,
    encryptionConfiguration: DEFAULT_ENCRYPTION,
    mapRunArn: child.mapRunArn,
    label,
  };
}

/** Walks the definition's states (nested ones too) for the DISTRIBUTED Map with this label or name. */
function findProcessor(definition: Json, label: string): Json | undefined {
  if (definition === null || typeof definition !== "object" || Array.isArray(definition)) return undefined;
  const states = definition.States;
  if (states === null || typeof states !== "object" || Array.isArray(states)) return undefined;
  for (const [name, state] of Object.entries(states)) {
    if (state === null || typeof state !== "object" || Array.isArray(state)) continue;
    const processor = state.ItemProcessor ?? state.Iterator;
    if (state.Type === "Map" && (state.Label ?? name) === label && processor !== undefined) return processor;
    const nested = [processor, ...(Array.isArray(state.Branches) ? state.Branches : [])];
    for (const inner of nested) {
      const found = inner === undefined ? undefined : findProcessor(inner, label);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
