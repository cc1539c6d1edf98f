/**
 * Loads an execution, its definition and its history, and keeps them current while it runs by
 * polling: new events are read newest first until a known one, so a poll costs one small page.
 * Polling stops when the execution ends or the tab is hidden, so nobody watching costs nothing.
 */
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { consoleApi, sfn } from "../api";
import { errorText } from "../components/common";
import { asObject, parseJson, type JsonObject } from "../json";
import type { WireEvent } from "./execution-history";

export interface DescribedExecution {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  status: string;
  startDate: number;
  stopDate?: number;
  input?: string;
  output?: string;
  error?: string;
  cause?: string;
  redriveCount?: number;
  redriveStatus?: string;
  mapRunArn?: string;
}

export interface PendingTaskToken {
  taskToken: string;
  stateName: string;
  scheduledEventId: number;
  resource: string;
}

export interface ExecutionView {
  execution: DescribedExecution;
  definition: JsonObject;
  events: WireEvent[];
  taskTokens: PendingTaskToken[];
}

export const POLL_MS = 400;
const PAGE = 100;

export function useExecution(arn: string): { view?: ExecutionView; error?: string; refresh: () => void } {
  const [view, setView] = useState<ExecutionView>();
  const [error, setError] = useState<string>();
  const [generation, setGeneration] = useState(0);
  const events = useRef<WireEvent[]>([]);
  const definition = useRef<{ arn: string; value: JsonObject }>();

  useEffect(() => {
    let stopped = false;
    const run = async () => {
      for (;;) {
        const execution = await sfn<DescribedExecution>("DescribeExecution", { executionArn: arn });
        if (definition.current?.arn !== arn) {
          const machine = await sfn<{ definition: string }>("DescribeStateMachineForExecution", { executionArn: arn });
          definition.current = { arn, value: asObject(parseJson(machine.definition) ?? null) ?? {} };
          events.current = [];
        }
        const lastId = events.current[events.current.length - 1]?.id ?? 0;
        const fresh = await eventsAfter(arn, lastId);
        // A poll with no new events keeps the same array, so nothing derived from the history is rebuilt.
        if (fresh.length > 0) events.current = [...events.current, ...fresh];
        const running = execution.status === "RUNNING";
        const taskTokens = running ? (await consoleApi<{ taskTokens: PendingTaskToken[] }>("task-tokens", { executionArn: arn })).taskTokens : [];
        if (stopped) return;
        setView({ execution, definition: definition.current.value, events: events.current, taskTokens });
        setError(undefined);
        if (!running) return;
        await whileVisible(POLL_MS);
        if (stopped) return;
      }
    };
    run().catch((failure: unknown) => !stopped && setError(errorText(failure)));
    return () => {
      stopped = true;
    };
  }, [arn, generation]);

  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  return { refresh, ...(view === undefined ? {} : { view }), ...(error === undefined ? {} : { error }) };
}

/** The events after `lastId`, oldest first, read newest first so a poll of a long history stays one page. */
async function eventsAfter(executionArn: string, lastId: number): Promise<WireEvent[]> {
  const fresh: WireEvent[] = [];
  let nextToken: string | undefined;
  do {
    const page = await sfn<{ events: WireEvent[]; nextToken?: string }>("GetExecutionHistory", {
      executionArn,
      reverseOrder: true,
      maxResults: lastId === 0 ? 1000 : PAGE,
      ...(nextToken ? { nextToken } : {}),
    });
    for (const event of page.events) {
      if (event.id <= lastId) return fresh.reverse();
      fresh.push(event);
    }
    nextToken = page.nextToken;
  } while (nextToken);
  return fresh.reverse();
}

/** Waits `ms`, and then for as long as the tab is hidden. */
async function whileVisible(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  while (document.hidden) await new Promise((resolve) => setTimeout(resolve, ms * 5));
}
