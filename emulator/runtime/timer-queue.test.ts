/** Tests of the timer queue: timers fire in due order, and the clock alarm always follows the earliest live timer. */
import type { Alarm, Clock } from "./clock/clock";
import { TimerQueue } from "./timer-queue";

/** A clock whose time moves only by hand, recording which alarms are armed. */
function manualClock(): Clock & { armed: () => number[]; moveTo: (time: number) => void } {
  let time = 0;
  const alarms = new Set<{ dueAt: number; wake: () => void }>();
  return {
    mode: "virtual",
    now: () => time,
    setAlarm(dueAt, wake): Alarm {
      const alarm = { dueAt, wake };
      alarms.add(alarm);
      return { cancel: () => void alarms.delete(alarm) };
    },
    armed: () => [...alarms].map((alarm) => alarm.dueAt).sort((a, b) => a - b),
    moveTo(next) {
      time = next;
      for (const alarm of [...alarms]) {
        if (alarm.dueAt <= time) {
          alarms.delete(alarm);
          alarm.wake();
        }
      }
    },
  };
}

describe("TimerQueue", () => {
  it("fires timers in due order, ties in the order they were scheduled", () => {
    const clock = manualClock();
    const queue = new TimerQueue(clock);
    const fired: string[] = [];
    queue.schedule("b", 200, () => fired.push("b"));
    queue.schedule("a", 100, () => fired.push("a"));
    queue.schedule("c", 200, () => fired.push("c"));
    clock.moveTo(250);
    expect(fired).toEqual(["a", "b", "c"]);
    expect(queue.size).toBe(0);
    expect(clock.armed()).toEqual([]);
  });

  it("moves the alarm to the next timer when the earliest is cancelled, and drops it when none is left", () => {
    const clock = manualClock();
    const queue = new TimerQueue(clock);
    queue.schedule("timeout", 300_000, () => undefined);
    queue.schedule("wait", 500_000, () => undefined);
    expect(clock.armed()).toEqual([300_000]);
    queue.cancel("timeout");
    expect(clock.armed()).toEqual([500_000]);
    queue.cancel("wait");
    expect(clock.armed()).toEqual([]);
  });

  it("keeps the alarm when a later timer is cancelled", () => {
    const clock = manualClock();
    const queue = new TimerQueue(clock);
    const fired: string[] = [];
    queue.schedule("soon", 100, () => fired.push("soon"));
    queue.schedule("later", 900, () => fired.push("later"));
    queue.cancel("later");
    expect(clock.armed()).toEqual([100]);
    clock.moveTo(1000);
    expect(fired).toEqual(["soon"]);
  });
});
