/** DescribeMapRun, ListMapRuns, UpdateMapRun: a DISTRIBUTED Map's runs. */
import { ServiceError } from "../../shared/service-error";
import type { MapRunRecord } from "../../store/records";
import { assertArn } from "../arn-checks";
import { inScope } from "../../shared/arn";
import { isNumberKey, nextToken, pageRequest } from "../pagination";
import { resourceNotFound } from "../resource-not-found";
import type { MapRunItemCounts } from "@aws-sdk/client-sfn";
import type { Wire } from "../operation-shapes";
import type { OperationHandler, ServiceContext } from "../service-context";
import { epochSeconds } from "../wire-time";
import { requireExecution } from "./execution-lookup";

function requireMapRun(ctx: ServiceContext, arn: string): MapRunRecord {
  assertArn(arn, ["mapRun"]);
  const run = inScope(arn, ctx.scope) ? ctx.store.getMapRun(arn) : undefined;
  if (!run) throw resourceNotFound(arn);
  return run;
}

/** A map run's state machine ARN names the parent machine and the Map's label: `stateMachine:<machine>/<label>`. */
function mapRunStateMachineArn(mapRunArn: string): string {
  const parts = mapRunArn.split(":");
  return [...parts.slice(0, 5), "stateMachine", parts[6] ?? ""].join(":");
}

/** Item and child-execution counts: each item runs as one child execution here. */
function counts(run: MapRunRecord): Wire<MapRunItemCounts> {
  const aborted = run.status === "ABORTED" ? Math.max(0, run.total - run.succeeded - run.failed) : 0;
  const pending = run.status === "RUNNING" ? Math.max(0, run.total - run.succeeded - run.failed - run.running) : 0;
  return {
    pending,
    running: run.running,
    succeeded: run.succeeded,
    failed: run.failed,
    timedOut: 0,
    aborted,
    total: run.total,
    resultsWritten: run.status === "SUCCEEDED" ? run.total : 0,
    failuresNotRedrivable: 0,
    pendingRedrive: 0,
  };
}

export const describeMapRun: OperationHandler<"DescribeMapRun"> = (ctx, request) => {
  const run = requireMapRun(ctx, request.mapRunArn);
  return {
    mapRunArn: run.mapRunArn,
    executionArn: run.executionArn,
    status: run.status,
    startDate: epochSeconds(run.startDate),
    maxConcurrency: run.maxConcurrency,
    toleratedFailurePercentage: run.toleratedFailurePercentage,
    toleratedFailureCount: run.toleratedFailureCount,
    itemCounts: counts(run),
    executionCounts: counts(run),
    redriveCount: run.redriveCount ?? 0,
    stopDate: run.stopDate === undefined ? undefined : epochSeconds(run.stopDate),
    redriveDate: run.redriveDate === undefined ? undefined : epochSeconds(run.redriveDate),
  };
};

export const listMapRuns: OperationHandler<"ListMapRuns"> = (ctx, request) => {
  const execution = requireExecution(ctx, request.executionArn, ["execution", "express"]);
  const listing = `ListMapRuns:${execution.executionArn}`;
  const page = ctx.store.pageMapRuns(execution.executionArn, pageRequest(request, listing, isNumberKey));
  return {
    mapRuns: page.items.map((run) => ({
      executionArn: run.executionArn,
      mapRunArn: run.mapRunArn,
      stateMachineArn: mapRunStateMachineArn(run.mapRunArn),
      startDate: epochSeconds(run.startDate),
      stopDate: run.stopDate === undefined ? undefined : epochSeconds(run.stopDate),
    })),
    nextToken: nextToken(page, listing),
  };
};

/** UpdateMapRun: new limits for a running map run, applied from its next iteration on. */
export const updateMapRun: OperationHandler<"UpdateMapRun"> = async (ctx, request) => {
  const run = requireMapRun(ctx, request.mapRunArn);
  if (request.maxConcurrency === undefined && request.toleratedFailureCount === undefined && request.toleratedFailurePercentage === undefined) {
    throw new ServiceError(
      "ValidationException",
      "At least one of the parameters maxConcurrency, toleratedFailurePercentage or toleratedFailureCount must be specified",
    );
  }
  const limits: { maxConcurrency?: number; toleratedFailureCount?: number; toleratedFailurePercentage?: number } = {};
  if (request.maxConcurrency !== undefined) limits.maxConcurrency = request.maxConcurrency;
  if (request.toleratedFailureCount !== undefined) limits.toleratedFailureCount = request.toleratedFailureCount;
  if (request.toleratedFailurePercentage !== undefined) limits.toleratedFailurePercentage = request.toleratedFailurePercentage;
  if (run.status === "RUNNING") await ctx.executions.updateMapRun(run.executionArn, run.mapRunArn, limits);
  // An ended run keeps its record; the new limits are what DescribeMapRun shows from now on, as on AWS.
  const latest = ctx.store.getMapRun(run.mapRunArn) ?? run;
  ctx.store.putMapRun({ ...latest, ...limits });
  return {};
};
