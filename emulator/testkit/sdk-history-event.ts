/** An event the emulator wrote, in the shape `@aws-sdk/client-sfn` gives GetExecutionHistory's events. */
import type { HistoryEvent as SdkHistoryEvent } from "@aws-sdk/client-sfn";
import type { HistoryEvent } from "../asl";

/**
 * The SDK's form of an event heard in process (an Express execution's, which no API returns): its
 * details under their AWS member name, its timestamp a Date, as the SDK parses the wire form.
 */
export function toSdkHistoryEvent(event: HistoryEvent): SdkHistoryEvent {
  const details: Record<string, unknown> = event.details === undefined ? {} : { [event.details.key]: event.details.value };
  return { ...details, timestamp: new Date(event.timestamp), type: event.type, id: event.id, previousEventId: event.previousEventId };
}
