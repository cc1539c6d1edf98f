/**
 * Replays the recorded AWS cases against a fresh in-memory emulator (or --endpoint) and prints
 * pass rates per area and per kind, the most common failure categories, and with -v the diffs.
 *
 *   npx ts-node --transpile-only compat-tests/report.ts [--filter SUBSTR] [--area NAME] [--kind KIND]
 *       [-v] [--max-diffs N] [--json out.json] [--write-allow-list] [--write-mock-config PATH]
 *       [--endpoint URL] [--concurrency N] [--timeout SECONDS] [--no-external]
 *
 * Exit code: 0 when every case ran (whatever the pass rate), 1 on bad arguments or a harness failure.
 */
import * as fs from "node:fs";
import { ALLOW_LIST } from "./allow-list";
import { writeAllowList } from "./allow-list-writer";
import { CASE_KINDS, DEFAULT_CASES_DIR, loadCases, type CaseKind } from "./case-loader";
import { diffCategory, formatDiff } from "./compare";
import { startHarness, mockSources } from "./harness";
import { ISSUE_SCOPES } from "./issue-scopes";
import { mergeMockConfigs, writeMockConfig } from "./mock-config";
import { runCases, type CaseResult, type CaseStatus } from "./run-case";

interface Args {
  filter?: string;
  area?: string;
  kinds?: CaseKind[];
  verbose: boolean;
  maxDiffs: number;
  json?: string;
  writeAllowList: boolean;
  writeMockConfig?: string;
  endpoint?: string;
  concurrency: number;
  timeoutMs: number;
  external: boolean;
  casesDir: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    verbose: false,
    maxDiffs: 8,
    writeAllowList: false,
    concurrency: 8,
    timeoutMs: 20000,
    external: true,
    casesDir: DEFAULT_CASES_DIR,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--filter": args.filter = value(); break;
      case "--area": args.area = value(); break;
      case "--kind": {
        const kinds = value().split(",");
        for (const k of kinds) if (!(CASE_KINDS as readonly string[]).includes(k)) throw new Error(`unknown kind ${k}; kinds: ${CASE_KINDS.join(", ")}`);
        args.kinds = kinds as CaseKind[];
        break;
      }
      case "-v": case "--verbose": args.verbose = true; break;
      case "--max-diffs": args.maxDiffs = Number(value()); break;
      case "--json": args.json = value(); break;
      case "--write-allow-list": args.writeAllowList = true; break;
      case "--write-mock-config": args.writeMockConfig = value(); break;
      case "--endpoint": args.endpoint = value(); break;
      case "--concurrency": args.concurrency = Number(value()); break;
      case "--timeout": args.timeoutMs = Number(value()) * 1000; break;
      case "--no-external": args.external = false; break;
      case "--cases": args.casesDir = value(); break;
      case "-h": case "--help":
        process.stdout.write(fs.readFileSync(__filename, "utf8").split("*/")[0] + "*/\n");
        process.exit(0);
        break;
      default: throw new Error(`unknown argument ${flag ?? ""}`);
    }
  }
  return args;
}

type Row = Record<CaseStatus, number>;

function table<R extends CaseResult>(results: readonly R[], key: (r: R) => string): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const r of results) {
    const row = rows.get(key(r)) ?? { pass: 0, fail: 0, error: 0, skipped: 0 };
    row[r.status]++;
    rows.set(key(r), row);
  }
  return new Map([...rows.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function rate(row: Row): string {
  const ran = row.pass + row.fail + row.error;
  return ran === 0 ? "    -" : `${((100 * row.pass) / ran).toFixed(1).padStart(5)}%`;
}

function printTable(title: string, rows: Map<string, Row>): void {
  const line = (name: string, r: Row): string =>
    `  ${name.padEnd(36)} ${String(r.pass).padStart(5)} ${String(r.fail).padStart(5)} ${String(r.error).padStart(5)} ${String(r.skipped).padStart(5)}  ${rate(r)}`;
  console.log(`${title.padEnd(38)} ${"pass".padStart(5)} ${"fail".padStart(5)} ${"error".padStart(5)} ${"skip".padStart(5)}   rate`);
  const total: Row = { pass: 0, fail: 0, error: 0, skipped: 0 };
  for (const [name, r] of rows) {
    console.log(line(name, r));
    for (const s of Object.keys(total) as CaseStatus[]) total[s] += r[s];
  }
  console.log(line("TOTAL", total));
}

function printCategories(results: readonly CaseResult[], top = 30): void {
  const counts = new Map<string, number>();
  for (const r of results) {
    const cats = new Set<string>();
    if (r.status === "error") cats.add(`error: ${(r.message ?? "").replace(/\d+/g, "N").slice(0, 90)}`);
    for (const d of r.diffs) cats.add(diffCategory(d));
    for (const c of cats) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  if (sorted.length === 0) return;
  console.log(`\nmost common failure categories (cases showing each):`);
  for (const [cat, n] of sorted) console.log(`  ${String(n).padStart(5)}  ${cat}`);
}

function printFailure(r: CaseResult, maxDiffs: number): void {
  const allowed = ALLOW_LIST[r.id] !== undefined ? " [allow-listed]" : "";
  console.log(`${r.status.toUpperCase()} ${r.id} (${r.kind}, ${r.ms} ms)${allowed}`);
  if (r.message) console.log(`    ${r.message}`);
  for (const d of r.diffs.slice(0, maxDiffs)) console.log(`    ${formatDiff(d)}`);
  if (r.diffs.length > maxDiffs) console.log(`    ... ${r.diffs.length - maxDiffs} more`);
}

async function main(): Promise<number> {
  // The replay never reaches real AWS: a call with no endpoint must not ask the EC2 metadata address for credentials.
  process.env.AWS_EC2_METADATA_DISABLED ??= "true";
  const args = parseArgs(process.argv.slice(2));
  const cases = loadCases(args.casesDir, {
    ...(args.filter !== undefined ? { filter: args.filter } : {}),
    ...(args.area !== undefined ? { area: args.area } : {}),
    ...(args.kinds !== undefined ? { kinds: args.kinds } : {}),
    includeExternal: args.external,
  });
  if (args.writeMockConfig !== undefined) {
    const sources = mockSources(cases);
    writeMockConfig(args.writeMockConfig, mergeMockConfigs(sources));
    console.error(`wrote ${args.writeMockConfig}: ${sources.length} state machines`);
  }
  const started = Date.now();
  const harness = await startHarness(cases, {
    timeoutMs: args.timeoutMs,
    ...(args.endpoint !== undefined ? { endpoint: args.endpoint } : {}),
  });
  let done = 0;
  const progress = process.stderr.isTTY;
  let results: CaseResult[];
  try {
    results = await runCases(cases, harness.ctx, {
      concurrency: args.concurrency,
      onResult: (r) => {
        done++;
        if (args.verbose && r.status !== "pass" && r.status !== "skipped") printFailure(r, args.maxDiffs);
        if (progress) process.stderr.write(`\r${done}/${cases.length}`);
      },
    });
  } finally {
    await harness.close();
  }
  if (progress) process.stderr.write("\r");
  console.log(`\n${cases.length} cases in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  printTable("area", table(results, (r) => r.area));
  console.log("");
  printTable("kind", table(results, (r) => r.kind));
  console.log("");
  const byId = new Map(cases.map((c) => [c.id, c]));
  const scoped = results.flatMap((r) => {
    const c = byId.get(r.id);
    return ISSUE_SCOPES.filter((scope) => c !== undefined && scope.includes(c)).map((scope) => ({ ...r, scope: scope.name }));
  });
  printTable("issue figures", table(scoped, (r) => r.scope));
  printCategories(results);
  const skippedWhy = table(results.filter((r) => r.status === "skipped"), (r) => (r.message ?? "").replace(/^CaseSkipped: /, "").slice(0, 80));
  if (skippedWhy.size > 0) {
    console.log("\nskipped:");
    for (const [why, row] of skippedWhy) console.log(`  ${String(row.skipped).padStart(5)}  ${why}`);
  }
  const nowPassing = results.filter((r) => r.status === "pass" && ALLOW_LIST[r.id] !== undefined);
  if (nowPassing.length > 0) {
    console.log(`\n${nowPassing.length} allow-listed cases now pass (remove them, or run --write-allow-list):`);
    for (const r of nowPassing.slice(0, 20)) console.log(`  ${r.id}`);
  }
  if (args.json !== undefined) {
    fs.writeFileSync(args.json, JSON.stringify({ results, byArea: Object.fromEntries(table(results, (r) => r.area)), byKind: Object.fromEntries(table(results, (r) => r.kind)) }, null, 1));
    console.log(`\nwrote ${args.json}`);
  }
  if (args.writeAllowList) {
    const { added, removed, total } = writeAllowList(results, ALLOW_LIST);
    console.log(`\nallow-list: ${total} entries (${added} added, ${removed} removed)`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.stack ?? e.message : e);
    process.exit(1);
  },
);
