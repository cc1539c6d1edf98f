/**
 * Reads an execution's history the way the AWS console does: which state (step) each event
 * belongs to, its resource, its Map iteration, and what happened to every state.
 */
import { asObject, asString, type Json, type JsonObject } from "../json";

export type StateStatus = "succeeded" | "failed" | "caught" | "retried" | "running" | "notReached";

export interface WireEvent {
  id: number;
  previousEventId?: number;
  type: string;
  /** Epoch seconds, as the JSON 1.0 API sends it. */
  timestamp: number;
  [detailsKey: string]: Json | undefined;
}

export interface IterationRef {
  map: string;
  index: number;
}

export interface ReadEvent {
  event: WireEvent;
  details: JsonObject | undefined;
  step: string;
  resource: string;
  /** Milliseconds since the execution started. */
  sinceStart: number;
  /** The Map iterations the event runs in, outermost first. */
  iterations: IterationRef[];
}

export interface Failure {
  eventId: number;
  type: string;
  error?: string;
  cause?: string;
}

export interface StateRun {
  name: string;
  status: StateStatus;
  entered: number;
  input?: string;
  output?: string;
  assignedVariables?: JsonObject;
  failures: Failure[];
  retries: number;
}

export interface IterationRun {
  index: number;
  status: "running" | "succeeded" | "failed" | "aborted";
}

export interface ReadHistory {
  events: ReadEvent[];
  states: Map<string, StateRun>;
  /** Each Map state's iterations by index. */
  iterations: Map<string, IterationRun[]>;
  /** The transitions taken, as `from->to` state names (`->First` for the start). */
  transitions: Set<string>;
}

/** What the reader needs to know of the definition: state types and each state's enclosing Parallel or Map. */
export interface DefinitionShape {
  stateTypes: ReadonlyMap<string, string>;
  containerOf: ReadonlyMap<string, string>;
}

const CONTAINER_END = /^(MapState|ParallelState)(Succeeded|Failed|Aborted)$|StateExited$/;
const CONTAINER_EVENT = /^(MapState|ParallelState|MapRun)/;
const FAILURE = /(Failed|TimedOut)$/;

export function readHistory(events: readonly WireEvent[], shape: DefinitionShape, executionRunning: boolean): ReadHistory {
  const byId = new Map<number, ReadEvent>();
  const runs = new Map<string, MutableRun>();
  const iterations = new Map<string, Map<number, IterationRun>>();
  const lastResource = new Map<string, string>();
  const start = events[0]?.timestamp ?? 0;
  const read: ReadEvent[] = [];
  const transitions = new Set<string>();

  for (const event of events) {
    const details = detailsOf(event);
    const prev = event.previousEventId === undefined ? undefined : byId.get(event.previousEventId);
    const step = stepOf(event, details, prev, shape);
    const resource = resourceOf(details) ?? lastResource.get(step) ?? "";
    if (resourceOf(details) !== undefined) lastResource.set(step, resource);
    const entry: ReadEvent = { event, details, step, resource, sinceStart: Math.round((event.timestamp - start) * 1000), iterations: iterationsOf(event, details, prev, step) };
    byId.set(event.id, entry);
    read.push(entry);
    if (step !== "") track(runs, iterations, entry);
    if (event.type.endsWith("StateEntered")) transitions.add(`${prev?.step ?? ""}->${step}`);
  }

  const states = new Map<string, StateRun>();
  for (const [name, run] of runs) states.set(name, finish(run, shape.stateTypes.get(name), executionRunning));
  const iterationLists = new Map<string, IterationRun[]>();
  for (const [map, byIndex] of iterations) iterationLists.set(map, [...byIndex.values()].sort((a, b) => a.index - b.index));
  return { events: read, states, iterations: iterationLists, transitions };
}

function detailsOf(event: WireEvent): JsonObject | undefined {
  for (const [key, value] of Object.entries(event)) if (key.endsWith("EventDetails")) return asObject(value);
  return undefined;
}

function stepOf(event: WireEvent, details: JsonObject | undefined, prev: ReadEvent | undefined, shape: DefinitionShape): string {
  if (/StateEntered$|StateExited$|^MapIteration/.test(event.type)) return asString(details?.name) ?? "";
  if (event.type.startsWith("Execution") || prev === undefined) return "";
  if (!CONTAINER_EVENT.test(event.type)) return prev.step;
  // A Parallel's or Map's own events follow its branch events: the step is the enclosing state.
  const prevType = shape.stateTypes.get(prev.step);
  const prevIsContainer = prevType === "Map" || prevType === "Parallel";
  if (prevIsContainer && !CONTAINER_END.test(prev.event.type)) return prev.step;
  return shape.containerOf.get(prev.step) ?? prev.step;
}

function resourceOf(details: JsonObject | undefined): string | undefined {
  const resource = asString(details?.resource);
  if (resource === undefined) return undefined;
  const type = asString(details?.resourceType);
  return type === undefined ? resource : `${type}:${resource}`;
}

function iterationsOf(event: WireEvent, details: JsonObject | undefined, prev: ReadEvent | undefined, step: string): IterationRef[] {
  const inherited = prev?.iterations ?? [];
  if (event.type === "MapIterationStarted") return [...inherited, { map: asString(details?.name) ?? "", index: Number(details?.index ?? 0) }];
  // The Map's own events after its iterations are outside them.
  const last = inherited[inherited.length - 1];
  if (last && last.map === step && /^MapState|^MapRun/.test(event.type)) return inherited.slice(0, -1);
  return inherited;
}

interface MutableRun {
  name: string;
  entered: number;
  exited: number;
  input?: string;
  output?: string;
  assignedVariables?: JsonObject;
  failures: Failure[];
  retries: number;
  /** A failure that no retry or success has followed yet. */
  pendingFailure: boolean;
  caught: boolean;
}

function track(runs: Map<string, MutableRun>, iterations: Map<string, Map<number, IterationRun>>, entry: ReadEvent): void {
  const { event, details, step } = entry;
  const run = runs.get(step) ?? { name: step, entered: 0, exited: 0, failures: [], retries: 0, pendingFailure: false, caught: false };
  runs.set(step, run);
  if (event.type.startsWith("MapIteration")) {
    const index = Number(details?.index ?? 0);
    const byIndex = iterations.get(step) ?? new Map<number, IterationRun>();
    iterations.set(step, byIndex);
    const status = event.type === "MapIterationStarted" ? "running" : event.type === "MapIterationSucceeded" ? "succeeded" : event.type === "MapIterationFailed" ? "failed" : "aborted";
    byIndex.set(index, { index, status });
    return;
  }
  if (event.type.endsWith("StateEntered")) {
    run.entered++;
    run.caught = false;
    const input = asString(details?.input);
    if (input !== undefined) run.input = input;
  } else if (event.type.endsWith("StateExited")) {
    run.exited++;
    run.caught = run.pendingFailure;
    run.pendingFailure = false;
    const output = asString(details?.output);
    if (output !== undefined) run.output = output;
    const assigned = asObject(details?.assignedVariables);
    if (assigned !== undefined) run.assignedVariables = assigned;
  } else if (FAILURE.test(event.type)) {
    const failure: Failure = { eventId: event.id, type: event.type };
    const error = asString(details?.error);
    const cause = asString(details?.cause);
    if (error !== undefined) failure.error = error;
    if (cause !== undefined) failure.cause = cause;
    run.failures.push(failure);
    run.pendingFailure = true;
  } else if (run.pendingFailure && /(Scheduled|StateStarted)$/.test(event.type)) {
    run.retries++;
    run.pendingFailure = false;
  } else if (/Succeeded$/.test(event.type)) {
    run.pendingFailure = false;
  }
}

function finish(run: MutableRun, type: string | undefined, executionRunning: boolean): StateRun {
  const result: StateRun = { name: run.name, status: statusOf(run, type, executionRunning), entered: run.entered, failures: run.failures, retries: run.retries };
  if (run.input !== undefined) result.input = run.input;
  if (run.output !== undefined) result.output = run.output;
  if (run.assignedVariables !== undefined) result.assignedVariables = run.assignedVariables;
  return result;
}

function statusOf(run: MutableRun, type: string | undefined, executionRunning: boolean): StateStatus {
  if (run.entered === 0) return "notReached";
  if (type === "Fail") return "failed";
  if (run.entered > run.exited) return executionRunning ? "running" : "failed";
  if (run.caught) return "caught";
  return run.retries > 0 ? "retried" : "succeeded";
}
