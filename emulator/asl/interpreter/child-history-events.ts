/**
 * The events of a DISTRIBUTED Map's STANDARD child execution: they stay out of the parent's history
 * and go, as effects, to the child's own, numbered in the execution's sequence (the runtime
 * renumbers them from 1 when the child's history is read).
 */
import type { HistoryEventType } from "@aws-sdk/client-sfn";
import type { JsonObject } from "../../shared/json";
import type { HistoryEvent } from "../history/history-event";
import type { Effect } from "./effects";
import type { Frame } from "./frame";
import type { ChildSpec, EmitOptions } from "./step-context";

interface ChildEvent {
  type: HistoryEventType;
  details?: { key: string; value: JsonObject } | undefined;
  options?: EmitOptions | undefined;
}

/** Records the event for the frame's child execution; answers its id, as `emit` does. */
export function emitToChildHistory(effects: Effect[], frame: Frame, seq: number, now: number, child: ChildEvent): number {
  if (frame.childHistory === undefined) return frame.lastEventId;
  const event: HistoryEvent = { id: seq, previousEventId: child.options?.previousEventId ?? frame.lastEventId, timestamp: now, type: child.type };
  if (child.details) event.details = child.details;
  effects.push({ type: "map-child-event", mapRunArn: frame.childHistory.mapRunArn, index: frame.childHistory.index, event });
  if (child.options?.advance !== false) frame.lastEventId = seq;
  return seq;
}

/** A DISTRIBUTED Map's iteration and everything below it are silent here, and write to their child's history if it keeps one. */
export function inheritSilence(child: Frame, parent: Frame, spec: ChildSpec): void {
  if (parent.silent === true || spec.silent === true) child.silent = true;
  const childHistory = spec.childHistory ?? parent.childHistory;
  if (childHistory !== undefined) child.childHistory = childHistory;
}
