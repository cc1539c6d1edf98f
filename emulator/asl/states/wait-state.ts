/** The Wait state: pauses for Seconds or until a Timestamp (literal, from a path or a JSONata expression). */
import type { WaitState } from "../definition/types";
import { AslError } from "../errors/asl-error";
import { parseTimestamp } from "../io/choice-rule";
import { flavourOf } from "../io/flavour-of";
import type { StateIo } from "../io/query-flavour";
import { parseIsoOffsetDateTime, QueryEvaluationError } from "../query/jsonata";
import { resolvePath } from "../query/jsonpath";
import type { Frame } from "../interpreter/frame";
import { BLOCKED, type StateOutcome } from "../interpreter/outcome";
import type { StateHandler } from "../interpreter/state-handler";
import type { StepContext } from "../interpreter/step-context";
import { transitionTo } from "./state-exit";

type WaitCompiled = Parameters<StateHandler<WaitState>["start"]>[2];

/** Wait: blocks its frame on a timer, scaled by the configured wait time scale. */
export const waitState: StateHandler<WaitState> = {
  async start(ctx, frame, state) {
    const io = ctx.stateIo(frame, frame.input);
    const input = await flavourOf(state.queryLanguage).selectedInput(state.definition, io);
    const delay = (await waitMillis(state, io, input, ctx.ports.now())) * ctx.ports.waitTimeScale;
    if (delay <= 0) return finish(ctx, frame, state);
    const timerId = ctx.armTimer(frame, ctx.ports.now() + delay);
    frame.progress = { kind: "wait", timerId };
    return BLOCKED;
  },
  async resume(ctx, frame, state, signal) {
    if (signal.type !== "timer") throw new Error(`Wait state cannot handle ${signal.type}`);
    return finish(ctx, frame, state);
  },
};

async function finish(ctx: StepContext, frame: Frame, state: WaitCompiled): Promise<StateOutcome> {
  const flavour = flavourOf(state.queryLanguage);
  const io = ctx.stateIo(frame, frame.input);
  const input = await flavour.selectedInput(state.definition, io);
  const exit = await flavour.exit({ ...state.definition, ResultPath: "$" }, io, { value: input, isResult: false });
  return transitionTo(exit, state.definition.Next);
}

async function waitMillis(state: WaitCompiled, io: StateIo, input: StateIo["scope"]["input"], now: number): Promise<number> {
  const definition = state.definition;
  const flavour = flavourOf(state.queryLanguage);
  const inputScope = { ...io.scope, input };
  if (definition.Seconds !== undefined) {
    const seconds = await flavour.number({ field: "Seconds", value: definition.Seconds, kind: "integer" }, io);
    return (seconds ?? 0) * 1000;
  }
  if (definition.SecondsPath !== undefined) return secondsAtPath(definition.SecondsPath, inputScope) * 1000;
  if (definition.Timestamp !== undefined) {
    const text = (await flavour.text("Timestamp", definition.Timestamp, undefined, io)) ?? "";
    const instant = state.queryLanguage === "JSONata" ? parseIsoOffsetDateTime(text) : rfc3339Millis(text);
    if (instant === undefined) {
      throw new QueryEvaluationError(
        { ...io.site, field: "Timestamp" },
        `The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${text}`,
      );
    }
    return instant - now;
  }
  if (definition.TimestampPath !== undefined) {
    const path = definition.TimestampPath;
    const selected = resolvePath(path, inputScope);
    if (!selected.found) {
      throw new AslError("States.Runtime", `The TimestampPath parameter does not reference an input value: ${path}`);
    }
    const value = selected.value;
    const instant = typeof value === "string" ? parseIsoOffsetDateTime(value) : undefined;
    if (instant === undefined) {
      const shown = typeof value === "string" ? value : JSON.stringify(value);
      throw new AslError(
        "States.Runtime",
        `The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: ${path} == ${shown}`,
      );
    }
    return instant - now;
  }
  return 0;
}

/** SecondsPath must name a non-negative whole number; AWS words each failure its own way. */
function secondsAtPath(path: string, scope: StateIo["scope"]): number {
  const selected = resolvePath(path, scope);
  if (!selected.found) {
    throw new AslError("States.Runtime", `The SecondsPath parameter does not reference an input value: ${path}`);
  }
  const value = selected.value;
  const shown = typeof value === "string" ? value : JSON.stringify(value);
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new AslError("States.Runtime", `The SecondsPath parameter cannot be parsed as a long value: ${path} == ${shown}`);
  }
  if (value < 0) {
    throw new AslError("States.Runtime", `The SecondsPath parameter references a negative value: ${path} == ${shown}`);
  }
  return value;
}

function rfc3339Millis(text: string): number | undefined {
  const micros = parseTimestamp(text);
  return micros === undefined ? undefined : micros / 1000;
}
