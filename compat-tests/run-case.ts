/**
 * Running recorded cases: each case kind's runner, a result per case that never throws, and bounded
 * concurrency over many.
 */
import type { CaseKind, CompatCase } from "./case-loader";
import type { Diff } from "./compare";
import { CaseSkipped, type CaseRunner, type RunContext } from "./run-context";
import { runApiSequenceCase } from "./run-api-sequence";
import { runCreateStateMachineErrorCase } from "./run-create-state-machine-error";
import { runExecutionCase } from "./run-execution";
import { runExternalExecutionCase } from "./run-external-execution";
import { runMockedExecutionCase } from "./run-mocked-execution";
import { runStartSyncExecutionCase } from "./run-start-sync-execution";
import { runTestStateCase } from "./run-test-state";
import { runValidateDefinitionCase } from "./run-validate-definition";

export type CaseStatus = "pass" | "fail" | "error" | "skipped";

export interface CaseResult {
  id: string;
  kind: CaseKind;
  area: string;
  status: CaseStatus;
  diffs: Diff[];
  /** For `error`: what was thrown; for `skipped`: why. */
  message?: string;
  ms: number;
}

const RUNNERS: Readonly<Record<CaseKind, CaseRunner>> = {
  execution: runExecutionCase,
  start_sync_execution: runStartSyncExecutionCase,
  validate_state_machine_definition: runValidateDefinitionCase,
  create_state_machine_error: runCreateStateMachineErrorCase,
  test_state: runTestStateCase,
  api_sequence: runApiSequenceCase,
  mocked_execution: runMockedExecutionCase,
  execution_external: runExternalExecutionCase,
};

/** Runs one case; never throws: an exception is an `error` result, CaseSkipped a `skipped` one. */
export async function runCase(c: CompatCase, ctx: RunContext): Promise<CaseResult> {
  const started = Date.now();
  const base = { id: c.id, kind: c.kind, area: c.area };
  try {
    const diffs = await RUNNERS[c.kind](c, ctx);
    return { ...base, status: diffs.length === 0 ? "pass" : "fail", diffs, ms: Date.now() - started };
  } catch (e) {
    const skipped = e instanceof CaseSkipped;
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { ...base, status: skipped ? "skipped" : "error", diffs: [], message: message.slice(0, 500), ms: Date.now() - started };
  }
}

/** Runs cases with bounded concurrency, in the given order; `onResult` sees each result as it arrives. */
export async function runCases(
  cases: readonly CompatCase[],
  ctx: RunContext,
  options: { concurrency?: number; onResult?: (r: CaseResult) => void } = {},
): Promise<CaseResult[]> {
  const results: CaseResult[] = new Array<CaseResult>(cases.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < cases.length) {
      const i = next++;
      const c = cases[i];
      if (c === undefined) continue;
      const r = await runCase(c, ctx);
      results[i] = r;
      options.onResult?.(r);
    }
  };
  const n = Math.max(1, Math.min(options.concurrency ?? 8, cases.length));
  await Promise.all(Array.from({ length: n }, worker));
  return results;
}
