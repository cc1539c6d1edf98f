/** The execution's events as the AWS console lists them, filterable by type, each row expanding to its details. */
import { useMemo, useState } from "preact/hooks";
import { formatDate, formatDuration } from "../components/common";
import type { IterationRef, ReadEvent } from "./execution-history";

export interface EventTableProps {
  events: readonly ReadEvent[];
  onSelectState: (name: string) => void;
  iteration: IterationRef | undefined;
  onClearIteration: () => void;
}

export function EventTable({ events, onSelectState, iteration, onClearIteration }: EventTableProps) {
  const [type, setType] = useState("");
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const types = useMemo(() => [...new Set(events.map((entry) => entry.event.type))].sort(), [events]);
  const shown = events.filter(
    (entry) =>
      (type === "" || entry.event.type === type) &&
      (iteration === undefined || entry.iterations.some((ref) => ref.map === iteration.map && ref.index === iteration.index)),
  );
  const toggle = (id: number) => {
    const next = new Set(open);
    if (!next.delete(id)) next.add(id);
    setOpen(next);
  };
  return (
    <div>
      <div class="toolbar">
        <div class="field inline">
          <label for="event-type-filter">Filter events by type</label>
          <select id="event-type-filter" value={type} onChange={(event) => setType(event.currentTarget.value)}>
            <option value="">All types</option>
            {types.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        {iteration !== undefined && (
          <button type="button" onClick={onClearIteration}>
            Show all iterations (now: {iteration.map} #{iteration.index})
          </button>
        )}
        <span class="muted" aria-live="polite">
          {shown.length} of {events.length} events
        </span>
      </div>
      <table class="events" aria-label="Events">
        <thead>
          <tr>
            <th scope="col">ID</th>
            <th scope="col">Type</th>
            <th scope="col">Step</th>
            <th scope="col">Resource</th>
            <th scope="col">Started after</th>
            <th scope="col">Date and time</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((entry) => {
            const id = entry.event.id;
            const expanded = open.has(id);
            return [
              <tr key={id} class={/Failed|TimedOut|Aborted/.test(entry.event.type) ? "bad" : undefined}>
                <td>
                  <button type="button" class="link" aria-expanded={expanded} aria-label={`Event ${id} details`} onClick={() => toggle(id)}>
                    {expanded ? "▾" : "▸"} {id}
                  </button>
                </td>
                <td>{entry.event.type}</td>
                <td>
                  {entry.step !== "" && (
                    <button type="button" class="link" onClick={() => onSelectState(entry.step)}>
                      {entry.step}
                    </button>
                  )}
                </td>
                <td class="code">{entry.resource}</td>
                <td>{formatDuration(entry.sinceStart)}</td>
                <td>{formatDate(entry.event.timestamp)}</td>
              </tr>,
              expanded && (
                <tr key={`${id}-details`} class="details-row">
                  <td colSpan={6}>
                    <pre tabIndex={0} aria-label={`Event ${id} details JSON`}>
                      {JSON.stringify(expandedDetails(entry), null, 2)}
                    </pre>
                  </td>
                </tr>
              ),
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The details with the JSON texts inside them (input, output, parameters) shown as JSON, not strings. */
function expandedDetails(entry: ReadEvent): object {
  const details: Record<string, unknown> = { id: entry.event.id, previousEventId: entry.event.previousEventId };
  for (const [key, value] of Object.entries(entry.details ?? {})) {
    if (typeof value === "string" && /^(input|output|parameters|result)$/.test(key)) {
      try {
        details[key] = JSON.parse(value);
        continue;
      } catch {
        // not JSON: shown as text
      }
    }
    details[key] = value;
  }
  return details;
}
