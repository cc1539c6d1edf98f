/** Small building blocks every page uses: loading data, showing errors, JSON, statuses and dates. */
import type { ComponentChildren } from "preact";
import { useCallback, useEffect, useState } from "preact/hooks";
import { prettyJson } from "../json";

export interface Loaded<T> {
  data?: T;
  error?: string;
  reload: () => void;
}

/** Runs `load` when `key` changes (and on reload), keeping the last answer or error. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: string }>({});
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setState({ data }),
      (error: unknown) => current && setState({ error: errorText(error) }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; `key` says when it asks for something else.
  }, [key, generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { ...state, reload };
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return "code" in error ? `${String(error.code)}: ${error.message}` : error.message;
  return String(error);
}

export function ErrorMessage({ error }: { error: string | undefined }) {
  return error ? (
    <p class="error" role="alert">
      {error}
    </p>
  ) : null;
}

export function Loading({ what }: { what: string }) {
  return <p class="muted" aria-live="polite">Loading {what}…</p>;
}

export function JsonBlock({ label, text, empty = "—" }: { label: string; text: string | undefined; empty?: string }) {
  return (
    <div class="json-block">
      <h4>{label}</h4>
      {text === undefined ? (
        <p class="muted">{empty}</p>
      ) : (
        <pre tabIndex={0} aria-label={label}>
          {prettyJson(text)}
        </pre>
      )}
    </div>
  );
}

const STATUS_LABELS: Readonly<Record<string, string>> = {
  notReached: "not reached",
  PENDING_REDRIVE: "pending redrive",
  TIMED_OUT: "timed out",
};

export function StatusBadge({ status }: { status: string }) {
  const label = STATUS_LABELS[status] ?? status.toLowerCase();
  return <span class={`badge status-${status.toLowerCase()}`}>{label}</span>;
}

/** The API's epoch seconds as a local date and time. */
export function formatDate(epochSeconds: number | undefined): string {
  if (epochSeconds === undefined) return "—";
  const date = new Date(epochSeconds * 1000);
  return `${date.toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" })} ${date.toLocaleTimeString(undefined, { hour12: false })}.${String(date.getMilliseconds()).padStart(3, "0")}`;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(3)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${((ms % 60_000) / 1000).toFixed(0)} s`;
}

export function Section({ title, children, actions }: { title: string; children: ComponentChildren; actions?: ComponentChildren }) {
  return (
    <section class="panel" aria-label={title}>
      <div class="panel-head">
        <h2>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
