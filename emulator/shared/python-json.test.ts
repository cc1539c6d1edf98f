/** Python-style JSON text matches what Python's json.dumps writes, with and without sorted keys. */
import { spawnSync } from "node:child_process";
import type { Json } from "./json";
import { pythonJsonText } from "./python-json";

const samples: Json[] = [
  "DEL \u007f, NBSP \u00a0, é, 漢, 😀, tab\t, quote \"",
  { b: [1, 2.5, 1e-7, 1.5e300, -0.25], a: { nested: true, none: null, empty: "" } },
  [],
  {},
];

function pythonDumps(value: Json, sortKeys: boolean): string {
  const script = `import json,sys\nsys.stdout.write(json.dumps(json.loads(sys.stdin.read()), sort_keys=${sortKeys ? "True" : "False"}))`;
  const run = spawnSync("python3", ["-c", script], { input: JSON.stringify(value), encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

describe("pythonJsonText", () => {
  it.each(samples.map((sample) => [JSON.stringify(sample), sample]))("writes %s as Python's json.dumps does", (_name, sample) => {
    expect(pythonJsonText(sample)).toBe(pythonDumps(sample, false));
    expect(pythonJsonText(sample, { sortKeys: true })).toBe(pythonDumps(sample, true));
  });
});
