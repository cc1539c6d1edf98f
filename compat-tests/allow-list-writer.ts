/**
 * The allow-list of recorded cases known to fail, rewritten from a run's results with the reasons
 * already written kept.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { formatDiff } from "./compare";
import type { CaseResult } from "./run-case";

export const ALLOW_LIST_FILE = path.resolve(__dirname, "allow-list.ts");

/** The placeholder reason of a generated entry: what failed first, for whoever writes the real reason. */
export function placeholderReason(r: CaseResult): string {
  const first = r.status === "error" ? r.message ?? "error" : r.diffs[0] ? formatDiff(r.diffs[0], 60).split("\n")[0] ?? "" : "";
  return `TODO: ${first}`.slice(0, 160);
}

/**
 * Rewrites allow-list.ts from the failing results: reasons already written are kept, new failures
 * get a placeholder; entries of cases that now pass are dropped, those of cases not run are kept.
 */
export function writeAllowList(
  results: readonly CaseResult[],
  existing: Readonly<Record<string, string>>,
  file = ALLOW_LIST_FILE,
): { added: number; removed: number; total: number } {
  const entries = new Map<string, string>();
  const ran = new Set(results.map((r) => r.id));
  for (const [id, reason] of Object.entries(existing)) if (!ran.has(id)) entries.set(id, reason);
  let added = 0;
  for (const r of results) {
    if (r.status !== "fail" && r.status !== "error") continue;
    const prior = existing[r.id];
    if (prior === undefined) added++;
    entries.set(r.id, prior ?? placeholderReason(r));
  }
  const removed = Object.keys(existing).filter((id) => !entries.has(id)).length;
  const body = [...entries.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, reason]) => `  ${JSON.stringify(id)}:\n    ${JSON.stringify(reason)},`)
    .join("\n");
  const header = fs.readFileSync(file, "utf8").split("export const ALLOW_LIST")[0] ?? "";
  fs.writeFileSync(file, `${header}export const ALLOW_LIST: Readonly<Record<string, string>> = {\n${body}${body ? "\n" : ""}};\n`);
  return { added, removed, total: entries.size };
}
