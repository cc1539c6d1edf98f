/**
 * Every recorded AWS case replayed through the public API of an in-memory emulator, one test per
 * case. A case on the allow-list must fail (so fixing it forces its removal from the list); any
 * other case must pass. Cases run concurrently per area in a beforeAll, and each test checks its result.
 */
import { ALLOW_LIST } from "./allow-list";
import { DEFAULT_CASES_DIR, loadCases, type CompatCase } from "./case-loader";
import { formatDiff } from "./compare";
import { planExternalCase } from "./external-mocks";
import { startHarness, type Harness } from "./harness";
import { ISSUE_SCOPES } from "./issue-scopes";
import { apiSequenceSkip } from "./run-api-sequence";
import { runCases, type CaseResult } from "./run-case";

const cases: CompatCase[] = loadCases(DEFAULT_CASES_DIR, { includeExternal: true });

function byArea(list: readonly CompatCase[]): Map<string, CompatCase[]> {
  const out = new Map<string, CompatCase[]>();
  for (const c of list) out.set(c.area, [...(out.get(c.area) ?? []), c]);
  return out;
}

/** Why a case cannot run here, known before running it. */
function staticSkip(c: CompatCase): string | undefined {
  if (c.kind === "execution_external") return planExternalCase(c).skip;
  if (c.kind === "api_sequence") return apiSequenceSkip(c);
  return undefined;
}

function failureText(r: CaseResult): string {
  const lines = [`${r.status.toUpperCase()} ${r.id} (${r.kind})`];
  if (r.message) lines.push(`  ${r.message}`);
  for (const d of r.diffs.slice(0, 12)) lines.push(`  ${formatDiff(d)}`);
  if (r.diffs.length > 12) lines.push(`  ... ${r.diffs.length - 12} more`);
  return lines.join("\n");
}

let harness: Harness | undefined;
beforeAll(async () => {
  harness = await startHarness(cases, { timeoutMs: 15000 });
}, 60000);
afterAll(async () => {
  await harness?.close();
});

it("lists only cases that exist in the allow-list", () => {
  const ids = new Set(cases.map((c) => c.id));
  expect(Object.keys(ALLOW_LIST).filter((id) => !ids.has(id))).toEqual([]);
});

// Every other case must pass (below), so a scope's pass rate is fixed by its allow-listed cases.
for (const scope of ISSUE_SCOPES) {
  it(`passes at least ${scope.minimumPassRate * 100}% of the cases of ${scope.name}`, () => {
    const ran = cases.filter((c) => scope.includes(c) && staticSkip(c) === undefined);
    const failing = ran.filter((c) => ALLOW_LIST[c.id] !== undefined).length;
    expect(ran.length).toBeGreaterThan(0);
    expect((ran.length - failing) / ran.length).toBeGreaterThanOrEqual(scope.minimumPassRate);
  });
}

for (const [area, list] of byArea(cases)) {
  describe(area, () => {
    const results = new Map<string, CaseResult>();
    const runnable = list.filter((c) => staticSkip(c) === undefined);
    beforeAll(async () => {
      if (!harness) throw new Error("the emulator did not start");
      for (const r of await runCases(runnable, harness.ctx, { concurrency: 6 })) results.set(r.id, r);
    }, 10 * 60000);

    for (const c of list) {
      const name = c.id.slice(c.id.indexOf("/") + 1);
      const skip = staticSkip(c);
      if (skip !== undefined) {
        // Skipped because the case needs what a replay cannot have (S3, a real timeout, a renumbered recording); the reason is in the name.
        it.skip(`${name} (${skip})`, () => undefined);
        continue;
      }
      const reason = ALLOW_LIST[c.id];
      it(reason === undefined ? name : `${name} [allow-listed: ${reason}]`, () => {
        const r = results.get(c.id);
        if (!r) throw new Error("not run");
        if (r.status === "skipped") return;
        const failed = r.status === "fail" || r.status === "error";
        if (reason !== undefined && !failed) {
          throw new Error(`${c.id} now passes: remove it from compat-tests/allow-list.ts`);
        }
        if (reason === undefined && failed) throw new Error(failureText(r));
      });
    }
  });
}
