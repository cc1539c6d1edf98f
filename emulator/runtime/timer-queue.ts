/**
 * The runtime's timer queue: every execution's timers (Wait states, retry delays, task timeouts and
 * heartbeats) in one heap on a single clock alarm.
 */
import type { Alarm, Clock } from "./clock/clock";

/** A due time and what to do then. */
interface Entry {
  dueAt: number;
  /** Breaks ties: timers due at the same time fire in the order they were scheduled. */
  seq: number;
  key: string;
  fire: () => void;
  /** The entry's place in the heap, kept up to date so cancel removes it at once. */
  at: number;
}

/**
 * All timers of all executions on one alarm of the runtime's clock: a binary heap ordered by due
 * time, so 10,000 sleeping executions cost 10,000 small objects and not 10,000 timers. Cancel removes the entry
 * (and what its callback holds) at once; a key names at most one timer.
 */
export class TimerQueue {
  private readonly heap: Entry[] = [];
  private readonly byKey = new Map<string, Entry>();
  private alarm: Alarm | undefined;
  private armedFor = Infinity;
  private nextSeq = 0;

  constructor(private readonly clock: Clock) {}

  /** Schedules `fire` at `dueAt`, replacing any timer already under `key`. */
  schedule(key: string, dueAt: number, fire: () => void): void {
    this.cancel(key);
    const entry: Entry = { dueAt, seq: this.nextSeq++, key, fire, at: this.heap.length };
    this.heap.push(entry);
    this.byKey.set(key, entry);
    this.siftUp(entry.at);
    this.rearm();
  }

  cancel(key: string): void {
    const entry = this.byKey.get(key);
    if (!entry) return;
    this.byKey.delete(key);
    this.removeAt(entry.at);
    // The alarm was set for this entry: move it to the next one (or drop it), so no clock wakes for
    // nothing, and an auto clock does not jump to a deadline nobody waits for any more.
    if (entry.dueAt === this.armedFor && (this.heap[0]?.dueAt ?? Infinity) > this.armedFor) {
      this.alarm?.cancel();
      this.alarm = undefined;
      this.armedFor = Infinity;
      this.rearm();
    }
  }

  /** Timers still armed. */
  get size(): number {
    return this.heap.length;
  }

  close(): void {
    this.alarm?.cancel();
    this.alarm = undefined;
    this.armedFor = Infinity;
    this.heap.length = 0;
    this.byKey.clear();
  }

  private rearm(): void {
    const first = this.heap[0];
    if (!first) {
      // Nothing left to wait for: no alarm keeps the clock (or the process) busy.
      this.alarm?.cancel();
      this.alarm = undefined;
      this.armedFor = Infinity;
      return;
    }
    if (this.alarm && first.dueAt >= this.armedFor) return;
    this.alarm?.cancel();
    this.armedFor = first.dueAt;
    this.alarm = this.clock.setAlarm(first.dueAt, () => this.fireDue());
  }

  private fireDue(): void {
    this.alarm = undefined;
    this.armedFor = Infinity;
    const now = this.clock.now();
    let first = this.heap[0];
    while (first !== undefined && first.dueAt <= now) {
      this.byKey.delete(first.key);
      this.removeAt(0);
      first.fire();
      first = this.heap[0];
    }
    this.rearm();
  }

  private removeAt(index: number): void {
    const heap = this.heap;
    const last = heap.pop() as Entry;
    if (index === heap.length) return;
    heap[index] = last;
    last.at = index;
    this.siftDown(index);
    this.siftUp(last.at);
  }

  private siftUp(index: number): void {
    const heap = this.heap;
    const entry = heap[index] as Entry;
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = heap[parentIndex] as Entry;
      if (!before(entry, parent)) break;
      heap[index] = parent;
      parent.at = index;
      index = parentIndex;
    }
    heap[index] = entry;
    entry.at = index;
  }

  private siftDown(index: number): void {
    const heap = this.heap;
    const entry = heap[index] as Entry;
    for (;;) {
      const left = index * 2 + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const childIndex = right < heap.length && before(heap[right] as Entry, heap[left] as Entry) ? right : left;
      const child = heap[childIndex] as Entry;
      if (!before(child, entry)) break;
      heap[index] = child;
      child.at = index;
      index = childIndex;
    }
    heap[index] = entry;
    entry.at = index;
  }
}

function before(a: Entry, b: Entry): boolean {
  return a.dueAt < b.dueAt || (a.dueAt === b.dueAt && a.seq < b.seq);
}
