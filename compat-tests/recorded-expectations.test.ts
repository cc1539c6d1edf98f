/** Checks of the normaliser and comparator against the recorded data itself. */
import { isJsonObject, type Json } from "../emulator/shared/json";
import { DEFAULT_CASES_DIR, loadCases, listField } from "./case-loader";
import { caseKeyReplacements, caseRuntimeLiterals } from "./case-transformers";
import { compareValues, formatDiff } from "./compare";
import { normalise, placeholderise } from "./normalise";

const cases = loadCases(DEFAULT_CASES_DIR, { includeExternal: true });

/** Every recorded value a runner compares with ours. */
function expectations(raw: Record<string, Json>): Array<{ key: string; value: Json }> {
  const out: Array<{ key: string; value: Json }> = [];
  if (raw["expected"] !== undefined) out.push({ key: "expected", value: raw["expected"] });
  for (const step of listField(raw, "steps").filter(isJsonObject)) {
    const e = step["expect"];
    if (isJsonObject(e)) out.push({ key: String(step["snapshot_key"]), value: e["response"] ?? e["recorded"] ?? e["value"] ?? null });
  }
  return out;
}

describe("recorded expectations", () => {

  it("compare equal to themselves, with their tokens", () => {
    const failures: string[] = [];
    for (const c of cases) {
      for (const { key, value } of expectations(c.raw)) {
        const exp = placeholderise(value, caseRuntimeLiterals(c.raw));
        for (const d of compareValues(exp, exp, key)) failures.push(`${c.id}: ${formatDiff(d)}`);
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it("are left unchanged by our normalisation, which mirrors the recorder's", () => {
    const failures: string[] = [];
    for (const c of cases) {
      for (const { key, value } of expectations(c.raw)) {
        const out = normalise(value, { literals: {}, keyReplacements: caseKeyReplacements(c.raw) });
        for (const d of compareValues(value, out, key)) {
          // JSON text inside JSON text: the recorder parsed only the outer level, we see it already parsed
          const doubleEncoded = typeof d.expected === "string" && d.expected.startsWith("{") && isJsonObject(d.actual ?? null);
          // a recorded "date" under a timestamp key was an ISO date-time when the recorder saw it
          const wasDate = d.expected === "date" && d.actual === "timestamp";
          if (!doubleEncoded && !wasDate) failures.push(`${c.id}: ${formatDiff(d)}`);
        }
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });
});
