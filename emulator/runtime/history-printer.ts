/**
 * `--log-events`: a history listener that prints one line per event, in Step Functions Local's
 * format (what its users read when a test fails), a human-friendly one, or JSON lines.
 */
import type { EventLogFormat } from "../config";
import { historyEventToWire, type HistoryEvent } from "../asl";
import { assertNever } from "../shared/assert-never";
import { isJsonObject, type Json, type JsonObject } from "../shared/json";
import type { ExecutionRecord } from "../store/records";
import type { HistoryListener } from "./history-listener";
import { sflTimestamp } from "./sfl-timestamp";

/** What a printed line names of its execution. */
type PrintedExecution = Pick<ExecutionRecord, "executionArn" | "stateMachineArn">;

export function createHistoryPrinter(format: EventLogFormat, write: (line: string) => void): HistoryListener {
  return {
    onEvents(execution, events) {
      for (const event of events) write(`${formatEvent(format, execution, event)}\n`);
    },
  };
}

export function formatEvent(format: EventLogFormat, execution: PrintedExecution, event: HistoryEvent): string {
  switch (format) {
    case "sfl":
      return `${sflTimestamp(new Date(event.timestamp))}: ${execution.executionArn} : ${JSON.stringify(sflEventBody(event))}`;
    case "json":
      return JSON.stringify({
        ...historyEventToWire(event),
        timestamp: new Date(event.timestamp).toISOString(),
        executionArn: execution.executionArn,
        stateMachineArn: execution.stateMachineArn,
      });
    case "pretty":
      return prettyLine(execution, event);
    default:
      return assertNever(format);
  }
}

/**
 * Step Functions Local prints the event as its Java model serialises it: `Type`, `PreviousEventId`
 * and the details under PascalCase names, without the id, the timestamp (it leads the line) or the
 * `InputDetails`/`OutputDetails` truncation flags.
 */
function sflEventBody(event: HistoryEvent): JsonObject {
  const body: JsonObject = { Type: event.type, PreviousEventId: event.previousEventId };
  if (event.details) body[pascal(event.details.key)] = pascalKeys(event.details.value);
  return body;
}

function pascalKeys(value: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, field] of Object.entries(value)) {
    if (key === "inputDetails" || key === "outputDetails") continue;
    out[pascal(key)] = isJsonObject(field) ? pascalKeys(field) : field;
  }
  return out;
}

function pascal(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

/** `12:00:01.234 checkout/order-17  #5 TaskSucceeded  lambda:invoke -> {"ok":true}` */
function prettyLine(execution: PrintedExecution, event: HistoryEvent): string {
  const at = sflTimestamp(new Date(event.timestamp)).slice(11);
  const [, , , , , , machine = "", name = ""] = execution.executionArn.split(":");
  const summary = eventSummary(event.details?.value ?? {});
  return `${at} ${machine}/${name} #${event.id} ${event.type}${summary ? `  ${summary}` : ""}`;
}

function eventSummary(details: JsonObject): string {
  const parts: string[] = [];
  const text = (key: string): string | undefined => {
    const value: Json | undefined = details[key];
    return typeof value === "string" ? value : undefined;
  };
  const name = text("name");
  if (name !== undefined) parts.push(name);
  const resourceType = text("resourceType");
  const resource = text("resource");
  if (resource !== undefined) parts.push(resourceType === undefined ? resource : `${resourceType}:${resource}`);
  const error = text("error");
  if (error !== undefined) parts.push(`${error}${text("cause") ? `: ${short(text("cause") ?? "")}` : ""}`);
  const payload = text("output") ?? text("input");
  if (payload !== undefined && error === undefined) parts.push(`${text("output") === undefined ? "<-" : "->"} ${short(payload)}`);
  return parts.join("  ");
}

function short(text: string): string {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > 120 ? `${oneLine.slice(0, 117)}...` : oneLine;
}
