/**
 * The history events of one execution step, with their ids and links, and the input/output payload fields
 * events carry.
 */
import type { HistoryEventType } from "@aws-sdk/client-sfn";
import type { Json, JsonObject } from "../../shared/json";
import type { EventDecision } from "./event-decision";
import type { HistoryEvent } from "./history-event";

/** The largest input or output AWS writes into a history event before it truncates. */
const MAX_EVENT_PAYLOAD_BYTES = 256 * 1024;

/**
 * Owns event ids and previousEventId for one execution step: every event goes through `append`,
 * so ids stay dense and ordered and the link rules live in one place.
 */
export class EventLog {
  readonly events: HistoryEvent[] = [];

  constructor(
    private nextId: number,
    private readonly now: () => number,
  ) {}

  get lastId(): number {
    return this.nextId - 1;
  }

  get nextEventId(): number {
    return this.nextId;
  }

  /** Drops every event after `lastKeptId`, so the next event gets `lastKeptId + 1`. */
  truncateAfter(lastKeptId: number): void {
    const keep = this.events.findIndex((event) => event.id > lastKeptId);
    if (keep >= 0) this.events.length = keep;
    this.nextId = Math.min(this.nextId, lastKeptId + 1);
  }

  append(type: HistoryEventType, previousEventId: number, details?: { key: string; value: JsonObject }, decision?: EventDecision): number {
    const id = this.nextId++;
    const event: HistoryEvent = { id, previousEventId, timestamp: this.now(), type };
    if (details) event.details = details;
    if (decision) event.decision = decision;
    this.events.push(event);
    return id;
  }

  /** Records a decision taken after an event of this step was written (a Retrier chosen after the failure). */
  annotate(eventId: number, decision: EventDecision): void {
    const event = this.events.find((candidate) => candidate.id === eventId);
    if (event) event.decision = decision;
  }
}

/**
 * `{"input": "...", "inputDetails": {"truncated": false}}` and its output twin, as AWS writes payloads;
 * `rawText` is the value's text when AWS keeps the client's tokens (`0.0`), else the value is serialised.
 */
export function payloadFields(name: "input" | "output", value: Json, rawText?: string): JsonObject {
  const text = rawText ?? JSON.stringify(value);
  // A UTF-16 unit is at most 3 UTF-8 bytes, so short texts need no byte count.
  const truncated = text.length * 3 > MAX_EVENT_PAYLOAD_BYTES && Buffer.byteLength(text, "utf8") > MAX_EVENT_PAYLOAD_BYTES;
  const payload = truncated ? "" : text;
  // Literal keys, not computed ones: every state writes two of these, and fixed shapes build and serialise faster.
  return name === "input" ? { input: payload, inputDetails: { truncated } } : { output: payload, outputDetails: { truncated } };
}
