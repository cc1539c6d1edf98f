/** A DISTRIBUTED Map's run: its ARN, tolerance, limits (UpdateMapRun), failure and what it reports to the runtime for DescribeMapRun. */
import { AslError } from "../errors/asl-error";
import type { MapChildReport, MapRunReport } from "../interpreter/effects";
import type { Frame } from "../interpreter/frame";
import type { StateOutcome } from "../interpreter/outcome";
import type { StepContext } from "../interpreter/step-context";
import { isProgressOf } from "../interpreter/state-progress";
import { flavourOf } from "../io/flavour-of";
import type { StateIo } from "../io/query-flavour";
import type { MapCompiled, MapProgress } from "./map-progress";

/** UpdateMapRun's changes; the new limits apply from the next iteration the run starts or ends. */
export interface MapRunLimits {
  maxConcurrency?: number;
  toleratedFailureCount?: number;
  toleratedFailurePercentage?: number;
}

/** Whether this frame's Map runs that map run. */
export function runsMapRun(frame: Frame | undefined, mapRunArn: string): boolean {
  return frame !== undefined && isProgressOf(frame.progress, "map") && frame.progress.mapRunArn === mapRunArn;
}

/** Applies UpdateMapRun to the frame running that map run, if this frame is the one; true when it was. */
export function updateMapRunLimits(ctx: StepContext, frame: Frame, mapRunArn: string, limits: MapRunLimits): boolean {
  const progress = frame.progress;
  if (!isProgressOf(progress, "map") || progress.mapRunArn !== mapRunArn) return false;
  if (limits.maxConcurrency !== undefined) {
    progress.maxConcurrencySetting = limits.maxConcurrency;
    progress.maxConcurrency = limits.maxConcurrency === 0 ? progress.total : limits.maxConcurrency;
  }
  if (limits.toleratedFailureCount !== undefined) progress.toleratedCount = limits.toleratedFailureCount;
  if (limits.toleratedFailurePercentage !== undefined) progress.toleratedPercentage = limits.toleratedFailurePercentage;
  reportRun(ctx, progress, "RUNNING");
  return true;
}

/** Tells the runtime that one of a DISTRIBUTED Map's child executions started or ended. */
export function reportChild(ctx: StepContext, progress: MapProgress, child: Omit<MapChildReport, "mapRunArn" | "executionType">): void {
  if (progress.mapRunArn === undefined) return;
  ctx.reportMapChild({ ...child, mapRunArn: progress.mapRunArn, executionType: progress.childType ?? "STANDARD" });
}

/** Tells the runtime where a DISTRIBUTED Map's run stands; inline Maps have no run. */
export function reportRun(ctx: StepContext, progress: MapProgress, status: MapRunReport["status"]): void {
  if (progress.mapRunArn === undefined) return;
  ctx.reportMapRun({
    mapRunArn: progress.mapRunArn,
    status,
    // The setting as given (0: unlimited), not the effective limit, which equals the item count when unlimited.
    maxConcurrency: progress.maxConcurrencySetting ?? (progress.maxConcurrency === progress.total ? 0 : progress.maxConcurrency),
    toleratedFailureCount: progress.toleratedCount,
    toleratedFailurePercentage: progress.toleratedPercentage,
    total: progress.total,
    succeeded: progress.succeeded,
    failed: progress.failures,
    running: status === "RUNNING" ? progress.running : 0,
    ...(progress.runRedriveCount === undefined ? {} : { redriveCount: progress.runRedriveCount }),
  });
}

/** A DISTRIBUTED Map tolerates failed iterations up to ToleratedFailureCount or ToleratedFailurePercentage. */
export async function toleratedFailures(state: MapCompiled, io: StateIo): Promise<{ count: number; percentage: number }> {
  const definition = state.definition;
  const flavour = flavourOf(state.queryLanguage);
  const count = await flavour.number(
    {
      field: "ToleratedFailureCount",
      value: definition.ToleratedFailureCount,
      pathField: "ToleratedFailureCountPath",
      path: definition.ToleratedFailureCountPath,
      kind: "integer",
    },
    io,
  );
  if (count !== undefined && count < 0) throw new AslError("States.Runtime", "ToleratedFailureCount cannot be negative.");
  const percentage = await flavour.number(
    {
      field: "ToleratedFailurePercentage",
      value: definition.ToleratedFailurePercentage,
      pathField: "ToleratedFailurePercentagePath",
      path: definition.ToleratedFailurePercentagePath,
      kind: "number",
    },
    io,
  );
  if (percentage !== undefined && (percentage < 0 || percentage > 100)) {
    throw new AslError("States.Runtime", "ToleratedFailurePercentage must be between 0 and 100.");
  }
  return { count: count ?? 0, percentage: percentage ?? 0 };
}

/** AWS names a map run after the state machine, the Map's Label (else the state's name) and a run id. */
export function mapRunArn(ctx: StepContext, label: string): string {
  const parts = ctx.info.executionArn.split(":");
  const prefix = parts.slice(0, 5).join(":");
  return `${prefix}:mapRun:${ctx.info.stateMachineName}/${label}:${ctx.ports.uuid()}`;
}

/** A map run that cannot read its items or write its results fails, and the Map with it. */
export function failRun(ctx: StepContext, frame: Frame, progress: MapProgress, error: string, cause: string): StateOutcome {
  if (progress.mapRunArn !== undefined) {
    ctx.emit(frame, "MapRunFailed", { key: "mapRunFailedEventDetails", value: { error, cause } });
    reportRun(ctx, progress, "FAILED");
  }
  return { kind: "failed", error: new AslError(error, cause), closingEvent: "MapStateFailed" };
}
