import type { WaitState } from "../definition/types";
import { AslError } from "../errors/asl-error";
import type { EvaluationScope } from "../io/evaluation-scope";
import { effectiveInput, stateOutput } from "../io/jsonpath-pipeline";
import { numberAtPath } from "../io/path-number";
import { resolvePath } from "../query/jsonpath";
import type { Frame } from "../interpreter/frame";
import { BLOCKED } from "../interpreter/outcome";
import type { StateHandler } from "../interpreter/state-handler";
import type { StepContext } from "../interpreter/step-context";
import { parseTimestamp } from "./choice-rule";

/** Wait: blocks its frame on a timer, scaled by the configured wait time scale. */
export const waitState: StateHandler<WaitState> = {
  async start(ctx, frame, state) {
    const definition = state.definition;
    const scope = ctx.scope(frame, frame.input);
    const input = effectiveInput({ InputPath: definition.InputPath }, frame.input, scope);
    const delay = waitMillis(definition, { ...scope, input }, ctx.ports.now()) * ctx.ports.waitTimeScale;
    if (delay <= 0) return finish(ctx, frame, definition);
    const timerId = ctx.armTimer(frame, ctx.ports.now() + delay);
    frame.progress = { timerId };
    return BLOCKED;
  },
  async resume(ctx, frame, state, signal) {
    if (signal.type !== "timer") throw new Error(`Wait state cannot handle ${signal.type}`);
    return finish(ctx, frame, state.definition);
  },
};

function finish(ctx: StepContext, frame: Frame, definition: WaitState) {
  const scope = ctx.scope(frame, frame.input);
  const input = effectiveInput({ InputPath: definition.InputPath }, frame.input, scope);
  const output = stateOutput({ OutputPath: definition.OutputPath, ResultPath: "$" }, input, input, scope);
  return { kind: "transition" as const, output, next: definition.Next };
}

function waitMillis(definition: WaitState, scope: EvaluationScope, now: number): number {
  if (typeof definition.Seconds === "number") return definition.Seconds * 1000;
  if (definition.SecondsPath !== undefined) return numberAtPath("SecondsPath", definition.SecondsPath, scope) * 1000;
  if (definition.Timestamp !== undefined) return untilTimestamp(definition.Timestamp, now);
  if (definition.TimestampPath !== undefined) {
    const selected = resolvePath(definition.TimestampPath, scope);
    if (!selected.found || typeof selected.value !== "string") {
      throw new AslError(
        "States.Runtime",
        `Invalid path '${definition.TimestampPath}' : No results for path: ${definition.TimestampPath}`,
      );
    }
    return untilTimestamp(selected.value, now);
  }
  return 0;
}

function untilTimestamp(timestamp: string, now: number): number {
  const micros = parseTimestamp(timestamp);
  if (micros === undefined) {
    throw new AslError("States.Runtime", `The timestamp '${timestamp}' is not a valid RFC 3339 timestamp`);
  }
  return micros / 1000 - now;
}
