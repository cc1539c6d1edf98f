/**
 * The events of a DISTRIBUTED Map's child executions: they stay out of the parent's history. A
 * STANDARD child's go, as effects, to its own history, numbered in the execution's sequence (the
 * runtime renumbers them from 1 when the child's history is read); every child's, EXPRESS ones'
 * included, go to the step's history listeners (workflow coverage).
 */
import type { HistoryEventType } from "@aws-sdk/client-sfn";
import type { JsonObject } from "../../shared/json";
import type { ChildExecutionEvent } from "../history/child-execution-event";
import type { EventDecision } from "../history/event-decision";
import type { HistoryEvent } from "../history/history-event";
import type { Effect } from "./effects";
import type { Frame } from "./frame";
import type { ChildSpec, EmitOptions } from "./step-context";

interface ChildEvent {
  type: HistoryEventType;
  details?: { key: string; value: JsonObject } | undefined;
  options?: EmitOptions | undefined;
}

/** The child executions' events of one step, for its history listeners. */
export class ChildEventLog {
  /** Undefined until a child writes one, so the steps of other executions allocate nothing. */
  events: ChildExecutionEvent[] | undefined;

  /** Records a child's event for listeners, and in its own history if it keeps one; answers its id, as `emit` does. */
  emit(effects: Effect[], frame: Frame, nextSeq: () => number, now: number, child: ChildEvent): number {
    const heard: ChildExecutionEvent = { frameId: frame.id, type: child.type };
    if (child.details) heard.details = child.details;
    if (child.options?.decision) heard.decision = child.options.decision;
    (this.events ??= []).push(heard);
    return emitToChildHistory(effects, frame, nextSeq, now, child);
  }

  /** Records a decision taken after the frame's last event (a Retrier chosen after the failure). */
  annotate(frame: Frame, decision: EventDecision): void {
    const events = this.events ?? [];
    for (let position = events.length - 1; position >= 0; position -= 1) {
      const event = events[position];
      if (event?.frameId !== frame.id) continue;
      event.decision = decision;
      return;
    }
  }
}

/** Records the event in the frame's child execution's own history, if it keeps one; answers its id, as `emit` does. */
function emitToChildHistory(effects: Effect[], frame: Frame, nextSeq: () => number, now: number, child: ChildEvent): number {
  if (frame.childHistory === undefined) return frame.lastEventId;
  const seq = nextSeq();
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
