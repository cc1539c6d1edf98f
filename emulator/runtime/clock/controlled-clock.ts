/**
 * The virtual and auto clock: time that moves only when told to, or jumps to the next deadline once
 * executions have no work left.
 */
import type { ProgressTracker } from "../progress-tracker";
import type { Alarm, Clock, ClockControl } from "./clock";

interface PendingAlarm {
  dueAt: number;
  /** Alarms due together wake in the order they were set. */
  seq: number;
  wake: () => void;
}

/**
 * A clock that only moves when told to (`virtual`: `advance`), or by itself to the next deadline
 * whenever the executions have run out of work (`auto`), so a week of waiting takes no time and
 * every timestamp is the one it would have had.
 */
export class ControlledClock implements Clock, ClockControl {
  private time: number;
  private currentMode: "virtual" | "auto";
  private readonly alarms = new Set<PendingAlarm>();
  private nextSeq = 0;
  /** Advances run one after the other; the auto jump holds back while one runs. */
  private queue: Promise<void> = Promise.resolve();
  private advancing = 0;

  constructor(
    private readonly startTime: number,
    mode: "virtual" | "auto",
    private readonly progress: ProgressTracker,
  ) {
    this.time = startTime;
    this.currentMode = mode;
    progress.onIdle(() => this.jumpIfAuto());
  }

  get mode(): "virtual" | "auto" {
    return this.currentMode;
  }

  now(): number {
    return this.time;
  }

  setAlarm(dueAt: number, wake: () => void): Alarm {
    const alarm: PendingAlarm = { dueAt, seq: this.nextSeq++, wake };
    this.alarms.add(alarm);
    if (dueAt <= this.time) {
      // Already due (a Wait of 0 s): it wakes now, as work in hand, without waiting for an advance.
      this.progress.begin();
      setImmediate(() => {
        if (this.alarms.delete(alarm)) alarm.wake();
        this.progress.end();
      });
    } else if (this.currentMode === "auto") {
      this.progress.poke();
    }
    return { cancel: () => this.alarms.delete(alarm) };
  }

  setMode(mode: "virtual" | "auto"): void {
    this.currentMode = mode;
    if (mode === "auto") this.progress.poke();
  }

  /**
   * Moves time forward by `ms`, waking every alarm due in that window at its own due time, in due
   * order, and resolves once the executions have done all they can at the new time.
   */
  advance(ms: number): Promise<void> {
    const run = async (): Promise<void> => {
      this.advancing += 1;
      try {
        const target = this.time + ms;
        await this.progress.whenIdle();
        for (let next = this.nextAlarm(); next && next.dueAt <= target; next = this.nextAlarm()) {
          this.fire(next);
          await this.progress.whenIdle();
        }
        this.time = Math.max(this.time, target);
      } finally {
        this.advancing -= 1;
        this.progress.poke();
      }
    };
    this.queue = this.queue.then(run, run);
    return this.queue;
  }

  /** Back to the start time with nothing armed, as after a reset. */
  rewind(): void {
    this.alarms.clear();
    this.time = this.startTime;
  }

  private jumpIfAuto(): void {
    if (this.currentMode !== "auto" || this.advancing > 0) return;
    const next = this.nextAlarm();
    if (!next) return;
    this.fire(next);
    // The alarm may wake nothing (a cancelled timer); look again once its work, if any, is done.
    this.progress.poke();
  }

  private fire(alarm: PendingAlarm): void {
    this.alarms.delete(alarm);
    this.time = Math.max(this.time, alarm.dueAt);
    alarm.wake();
  }

  private nextAlarm(): PendingAlarm | undefined {
    let first: PendingAlarm | undefined;
    for (const alarm of this.alarms) {
      if (!first || alarm.dueAt < first.dueAt || (alarm.dueAt === first.dueAt && alarm.seq < first.seq)) first = alarm;
    }
    return first;
  }
}
