import type { Alarm, Clock } from "./clock/clock";

/** A due time and what to do then. */
interface Entry {
  dueAt: number;
  /** Breaks ties: timers due at the same time fire in the order they were scheduled. */
  seq: number;
  key: string;
  fire: () => void;
}

/**
 * All timers of all executions on one alarm of the runtime's clock: a binary heap ordered by due
 * time, so 10,000 sleeping executions cost 10,000 small objects and not 10,000 timers.
 */
export class TimerQueue {
  private readonly heap: Entry[] = [];
  private readonly cancelled = new Set<string>();
  private alarm: Alarm | undefined;
  private armedFor = Infinity;
  private nextSeq = 0;

  constructor(private readonly clock: Clock) {}

  schedule(key: string, dueAt: number, fire: () => void): void {
    this.cancelled.delete(key);
    this.push({ dueAt, seq: this.nextSeq++, key, fire });
    this.rearm();
  }

  cancel(key: string): void {
    this.cancelled.add(key);
  }

  get size(): number {
    return this.heap.length;
  }

  close(): void {
    this.alarm?.cancel();
    this.alarm = undefined;
    this.armedFor = Infinity;
    this.heap.length = 0;
  }

  private rearm(): void {
    const first = this.heap[0];
    if (!first) return;
    if (this.alarm && first.dueAt >= this.armedFor) return;
    this.alarm?.cancel();
    this.armedFor = first.dueAt;
    this.alarm = this.clock.setAlarm(first.dueAt, () => this.fireDue());
  }

  private fireDue(): void {
    this.alarm = undefined;
    this.armedFor = Infinity;
    const now = this.clock.now();
    while (this.heap.length > 0 && (this.heap[0] as Entry).dueAt <= now) {
      const entry = this.pop();
      if (this.cancelled.delete(entry.key)) continue;
      entry.fire();
    }
    this.rearm();
  }

  private push(entry: Entry): void {
    const heap = this.heap;
    heap.push(entry);
    let index = heap.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!before(entry, heap[parent] as Entry)) break;
      heap[index] = heap[parent] as Entry;
      index = parent;
    }
    heap[index] = entry;
  }

  private pop(): Entry {
    const heap = this.heap;
    const top = heap[0] as Entry;
    const last = heap.pop() as Entry;
    if (heap.length > 0) {
      let index = 0;
      for (;;) {
        const left = index * 2 + 1;
        if (left >= heap.length) break;
        const right = left + 1;
        const child = right < heap.length && before(heap[right] as Entry, heap[left] as Entry) ? right : left;
        if (!before(heap[child] as Entry, last)) break;
        heap[index] = heap[child] as Entry;
        index = child;
      }
      heap[index] = last;
    }
    return top;
  }
}

function before(a: Entry, b: Entry): boolean {
  return a.dueAt < b.dueAt || (a.dueAt === b.dueAt && a.seq < b.seq);
}
