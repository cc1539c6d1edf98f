/**
 * Turns a step's map-child effects into the child execution records AWS shows for a DISTRIBUTED
 * Map: each iteration (or batch) is a child execution named by a UUID, under the ARN
 * `execution:<parent machine>/<label>:<name>` and the state machine `stateMachine:<parent machine>/<label>`.
 */
import type { Effect, MapChildReport } from "../asl";
import type { Json } from "../shared/json";
import type { MapChildChange } from "../store/store";

/** `...:mapRun:<machine>/<label>:<run id>` → `[<arn prefix>, <machine>/<label>]`. */
function splitMapRunArn(mapRunArn: string): [prefix: string, path: string] {
  const parts = mapRunArn.split(":");
  return [parts.slice(0, 5).join(":"), parts[6] ?? ""];
}

/** The child state machine ARN of a map run: `stateMachine:<parent machine>/<label or state name>`. */
export function childStateMachineArn(mapRunArn: string): string {
  const [prefix, path] = splitMapRunArn(mapRunArn);
  return `${prefix}:stateMachine:${path}`;
}

function childExecutionArn(mapRunArn: string, name: string): string {
  const [prefix, path] = splitMapRunArn(mapRunArn);
  return `${prefix}:execution:${path}:${name}`;
}

function text(value: Json | undefined): string | undefined {
  return value === undefined ? undefined : JSON.stringify(value);
}

/** An event of a STANDARD child's own history. */
export type MapChildEvent = Extract<Effect, { type: "map-child-event" }>;

/** The store changes of a step's child reports and events, in report order. */
export function mapChildChanges(
  reports: ReadonlyArray<MapChildReport | MapChildEvent>,
  parentArn: string,
  now: number,
  uuid: () => string,
): MapChildChange[] {
  return reports.map((report): MapChildChange => {
    if ("event" in report) return { kind: "event", mapRunArn: report.mapRunArn, index: report.index, event: report.event };
    if (report.status === "RUNNING") {
      const name = report.name ?? uuid();
      return {
        kind: "started",
        child: {
          executionArn: childExecutionArn(report.mapRunArn, name),
          mapRunArn: report.mapRunArn,
          parentArn,
          stateMachineArn: childStateMachineArn(report.mapRunArn),
          name,
          index: report.index,
          type: report.executionType,
          startDate: now,
          input: text(report.input) ?? "{}",
        },
      };
    }
    return {
      kind: "ended",
      mapRunArn: report.mapRunArn,
      index: report.index,
      status: report.status,
      stopDate: now,
      output: text(report.output),
      error: report.error,
      cause: report.cause,
    };
  });
}
