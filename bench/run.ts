/**
 * `npm run bench`: parses its options, compiles the emulator, runs each benchmark within its time box
 * and prints (and records) the figures.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Deadline, DidNotFinish, type BenchContext, type Benchmark, type BenchmarkResult } from "./benchmark";
import { REPO_ROOT, type Launch } from "./emulator-process";
import { historyPaging } from "./history-paging";
import { listExecutionsPaging } from "./list-executions-paging";
import { inlineMap } from "./inline-map";
import { distributedMap } from "./distributed-map";
import { mapGrowth } from "./map-growth";
import { passChainThroughput } from "./pass-chain-throughput";
import { requestPath } from "./request-path";
import { figuresMarkdown, rewriteFigures } from "./readme-figures";
import { recovery } from "./recovery";
import { soak } from "./soak";
import { startup } from "./startup";
import { testKitStart } from "./test-kit-start";
import { testLoop } from "./test-loop";
import { waitFanOut } from "./wait-fan-out";

const USAGE = `npm run bench -- [options]
  --only <ids>     comma-separated: startup, request, throughput, map, wait, history, list, kit, test-loop, map-growth, soak, recovery, distributed (default: all)
  --scale <n>      multiply workload sizes, e.g. 0.1 for a smoke run (figures are not written)
  --ts-node        run the emulator through ts-node only (default: compiled JS, plus ts-node startup)
  --cpu-prof       write a V8 CPU profile of each emulator process to bench/profiles/
  --no-readme      do not rewrite the figures in bench/README.md
`;

const BENCHMARKS: Benchmark[] = [startup, requestPath, passChainThroughput, inlineMap, waitFanOut, historyPaging, listExecutionsPaging, testKitStart, testLoop, mapGrowth, soak, recovery, distributedMap];
const BUILD_DIR = path.join(__dirname, ".build");
const PROFILE_DIR = path.join(__dirname, "profiles");

interface Options {
  only: Set<string> | undefined;
  scale: number;
  tsNodeOnly: boolean;
  cpuProf: boolean;
  readme: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { only: undefined, scale: 1, tsNodeOnly: false, cpuProf: false, readme: true };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    const value = (): string => {
      index += 1;
      const next = argv[index];
      if (next === undefined) throw new Error(`${argument} needs a value\n${USAGE}`);
      return next;
    };
    switch (argument) {
      case "--only":
        options.only = new Set(value().split(","));
        break;
      case "--scale":
        options.scale = Number(value());
        if (!(options.scale > 0)) throw new Error(`--scale must be a positive number\n${USAGE}`);
        break;
      case "--ts-node":
        options.tsNodeOnly = true;
        break;
      case "--cpu-prof":
        options.cpuProf = true;
        break;
      case "--no-readme":
        options.readme = false;
        break;
      case "--help":
        process.stdout.write(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${argument ?? ""}\n${USAGE}`);
    }
  }
  return options;
}

/** Compiles emulator/ and bin/ to bench/.build so the emulator runs as `npm run build` would ship it. */
function compile(): Launch {
  fs.rmSync(BUILD_DIR, { recursive: true, force: true });
  try {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json", "--outDir", BUILD_DIR, "--tsBuildInfoFile", path.join(BUILD_DIR, ".tsbuildinfo")], {
      cwd: REPO_ROOT,
      stdio: "pipe",
    });
  } catch {
    // Type errors in work in progress elsewhere still emit JavaScript; only a missing entry is fatal.
  }
  const entry = path.join(BUILD_DIR, "bin", "sfn-emulator.js");
  if (!fs.existsSync(entry)) throw new Error(`tsc did not produce ${entry}`);
  return { kind: "compiled", entry };
}

async function runOne(benchmark: Benchmark, context: BenchContext): Promise<BenchmarkResult> {
  const deadline = new Deadline(benchmark.timeoutMs);
  let timer: NodeJS.Timeout | undefined;
  // The deadline is checked in every polling loop; this race also covers a request that never answers.
  const hardStop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DidNotFinish(`no answer within ${benchmark.timeoutMs} ms`)), benchmark.timeoutMs + 10_000);
  });
  try {
    return await Promise.race([benchmark.run(context, deadline), hardStop]);
  } catch (error) {
    const reason = error instanceof DidNotFinish ? error.progress : error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
    return { name: benchmark.title, figure: "did not finish", aim: "", met: undefined, details: [reason] };
  } finally {
    clearTimeout(timer);
  }
}

function printTable(results: BenchmarkResult[]): void {
  const rows = results.map((result) => [result.name, result.figure, result.aim, result.met === undefined ? "DNF" : result.met ? "yes" : "no"]);
  const header = ["Benchmark", "Figure", "Aim", "Met"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ");
  process.stdout.write(`\n${line(header)}\n${widths.map((width) => "-".repeat(width)).join("  ")}\n`);
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
  for (const result of results) process.stdout.write(`\n${result.name}\n  ${result.details.join("\n  ")}\n`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
  const nodeFlags = options.cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  const selected = BENCHMARKS.filter((benchmark) => options.only === undefined || options.only.has(benchmark.id));
  const tsNode: Launch = { kind: "ts-node" };
  let main: Launch = tsNode;
  if (!options.tsNodeOnly) {
    log("compiling the emulator to bench/.build");
    main = compile();
  }
  const results: BenchmarkResult[] = [];
  for (const benchmark of selected) {
    const launches = benchmark.id === "startup" && main.kind === "compiled" ? [main, tsNode] : [main];
    for (const launch of launches) {
      log(`running ${benchmark.id} (${launch.kind})`);
      const result = await runOne(benchmark, { launch, nodeFlags, scale: options.scale, log });
      log(`${result.name}: ${result.figure}`);
      results.push(result);
    }
  }
  printTable(results);
  const cpus = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? "unknown CPU"})`;
  const info = {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    cpus,
    client: "raw AWS JSON 1.0 over node:http keep-alive (bench/sfn-wire-client.ts)",
  };
  const complete = options.only === undefined && options.scale === 1 && !options.cpuProf;
  if (options.readme && complete) {
    rewriteFigures(path.join(__dirname, "README.md"), figuresMarkdown(results, info));
    log("figures written to bench/README.md");
  } else if (options.readme) {
    log("partial, scaled or profiled run: bench/README.md left as it is");
  }
  if (options.cpuProf) log(`CPU profiles in ${PROFILE_DIR}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
