/**
 * How many calls each Task state of an execution made before the emulator stopped, read from its
 * history, so that a mocked state resumed after a restart takes its next invocation number again.
 */
import type { Store } from "../store/store";

const SCHEDULED_EVENTS: ReadonlySet<string> = new Set(["TaskScheduled", "LambdaFunctionScheduled", "ActivityScheduled"]);

/** History pages read at a time. */
const PAGE = 1000;

/** Scheduled events per state name: each event belongs to the state whose StateEntered event its previousEventId chain reaches. */
export function scheduledCallsByState(store: Store, executionArn: string): Map<string, number> {
  const stateOf = new Map<number, string>();
  const calls = new Map<string, number>();
  let afterId: number | undefined;
  do {
    const page = store.getHistory(executionArn, { ...(afterId === undefined ? {} : { afterId }), limit: PAGE, reverse: false });
    for (const event of page.events) {
      const name = event.details?.key === "stateEnteredEventDetails" ? event.details.value["name"] : stateOf.get(event.previousEventId);
      if (typeof name !== "string") continue;
      stateOf.set(event.id, name);
      if (SCHEDULED_EVENTS.has(event.type)) calls.set(name, (calls.get(name) ?? 0) + 1);
    }
    afterId = page.nextAfterId;
  } while (afterId !== undefined);
  return calls;
}
