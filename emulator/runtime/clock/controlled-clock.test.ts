/**
 * The controlled clock's alarms: woken in due order by advance or by auto mode once no work is in
 * hand, cancelled ones never, and rewind.
 */
import { ProgressTracker } from "../progress-tracker";
import { ControlledClock } from "./controlled-clock";

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe("ControlledClock", () => {
  it("advance wakes alarms in due order, each at its own time, and none past the window", async () => {
    const clock = new ControlledClock(1_000, "virtual", new ProgressTracker());
    const woke: string[] = [];
    const record = (name: string) => () => woke.push(`${name}@${clock.now()}`);
    clock.setAlarm(1_300, record("c"));
    clock.setAlarm(1_100, record("a"));
    clock.setAlarm(1_100, record("a2"));
    clock.setAlarm(1_200, record("b"));
    await clock.advance(199);
    expect(woke).toEqual(["a@1100", "a2@1100"]);
    expect(clock.now()).toBe(1_199);
    await clock.advance(1);
    expect(woke).toEqual(["a@1100", "a2@1100", "b@1200"]);
    await clock.advance(10_000);
    expect(woke).toEqual(["a@1100", "a2@1100", "b@1200", "c@1300"]);
    expect(clock.now()).toBe(11_200);
  });

  it("advance wakes an alarm set by an earlier one when it falls in the same window", async () => {
    const clock = new ControlledClock(0, "virtual", new ProgressTracker());
    const woke: number[] = [];
    clock.setAlarm(10, () => {
      woke.push(clock.now());
      clock.setAlarm(clock.now() + 10, () => woke.push(clock.now()));
    });
    await clock.advance(25);
    expect(woke).toEqual([10, 20]);
  });

  it("advance waits for work in hand before it moves time on", async () => {
    const progress = new ProgressTracker();
    const clock = new ControlledClock(0, "virtual", progress);
    const seen: number[] = [];
    progress.begin();
    clock.setAlarm(5, () => seen.push(clock.now()));
    const advanced = clock.advance(10);
    await nextTurn();
    await nextTurn();
    expect(seen).toEqual([]);
    expect(clock.now()).toBe(0);
    progress.end();
    await advanced;
    expect(seen).toEqual([5]);
  });

  it("auto jumps to the next deadline only when nothing is in hand, and a cancelled alarm never wakes", async () => {
    const progress = new ProgressTracker();
    const clock = new ControlledClock(0, "auto", progress);
    const woke: number[] = [];
    progress.begin();
    clock.setAlarm(60_000, () => woke.push(clock.now()));
    clock.setAlarm(30_000, () => woke.push(clock.now())).cancel();
    for (let turn = 0; turn < 5; turn += 1) await nextTurn();
    expect(woke).toEqual([]);
    expect(clock.now()).toBe(0);
    progress.end();
    await progress.whenIdle();
    await nextTurn();
    expect(woke).toEqual([60_000]);
    expect(clock.now()).toBe(60_000);
  });

  it("wakes an alarm that is already due without an advance", async () => {
    const progress = new ProgressTracker();
    const clock = new ControlledClock(100, "virtual", progress);
    const woke: number[] = [];
    clock.setAlarm(100, () => woke.push(clock.now()));
    clock.setAlarm(100, () => woke.push(-1)).cancel();
    await progress.whenIdle();
    expect(woke).toEqual([100]);
  });

  it("rewind goes back to the start with nothing armed", async () => {
    const clock = new ControlledClock(500, "virtual", new ProgressTracker());
    const woke: number[] = [];
    clock.setAlarm(600, () => woke.push(clock.now()));
    await clock.advance(50);
    clock.rewind();
    await clock.advance(1_000);
    expect(woke).toEqual([]);
    expect(clock.now()).toBe(1_500);
  });
});
