/**
 * Decoding a stored frame's progress: tagged progress kept, untagged (older) progress given its kind
 * by its fields, anything else refused.
 */
import { parseProgress } from "./progress-codec";

const bad = (what: string): Error => new Error(`bad progress (${what})`);

describe("a stored frame's progress", () => {
  it("keeps its tag and fields when it has a kind", () => {
    const task = { kind: "task", taskId: "task-3", token: "t", timeoutTimer: "timer-4", started: true };
    expect(parseProgress(task, bad)).toEqual(task);
    expect(parseProgress(null, bad)).toBeNull();
    expect(parseProgress(undefined, bad)).toBeNull();
  });

  it("gets the kind of an untagged (older) progress from the fields only that kind has", () => {
    expect(parseProgress({ retryTimer: "timer-1" }, bad)).toEqual({ kind: "retry-wait", retryTimer: "timer-1" });
    expect(parseProgress({ timerId: "timer-2" }, bad)).toEqual({ kind: "wait", timerId: "timer-2" });
    expect(parseProgress({ taskId: "task-1", heartbeatSeconds: 5 }, bad)).toEqual({ kind: "task", taskId: "task-1", heartbeatSeconds: 5 });
    const parallel = { input: { a: 1 }, results: [null, "b"], texts: [null, null], remaining: 1, succeeded: [false, true] };
    expect(parseProgress(parallel, bad)).toEqual({ kind: "parallel", ...parallel });
    const map = {
      total: 2,
      nextIndex: 1,
      running: 1,
      maxConcurrency: 1,
      distributed: false,
      succeeded: 0,
      failures: 0,
      toleratedCount: 0,
      toleratedPercentage: 0,
      reader: { taskId: "reader-1", settings: { action: "getObject", InputType: "CSV", CSVHeaderLocation: "FIRST_ROW", CSVDelimiter: "PIPE" } },
    };
    expect(parseProgress(map, bad)).toEqual({ kind: "map", ...map });
  });

  it("is refused, naming what is wrong, when no kind fits its shape", () => {
    expect(() => parseProgress({ something: 1 }, bad)).toThrow("bad progress (kind: no field says which)");
    expect(() => parseProgress({ kind: "choice" }, bad)).toThrow('bad progress (kind "choice")');
    expect(() => parseProgress({ kind: "wait", timerId: 3 }, bad)).toThrow("bad progress (timerId)");
    expect(() => parseProgress({ taskId: "t", heartbeatSeconds: "5" }, bad)).toThrow("bad progress (heartbeatSeconds)");
    expect(() => parseProgress({ total: 1, nextIndex: 0, running: 0 }, bad)).toThrow("bad progress (maxConcurrency)");
    expect(() => parseProgress({ results: [], remaining: 0, texts: [], succeeded: [] }, bad)).toThrow("bad progress (input)");
    expect(() => parseProgress("text", bad)).toThrow("bad progress (not an object)");
  });
});
