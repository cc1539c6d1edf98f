/** The figures section of bench/README.md, rewritten between its markers from a run's results. */
import fs from "node:fs";
import type { BenchmarkResult } from "./benchmark";

export const FIGURES_START = "<!-- figures:start (written by npm run bench) -->";
export const FIGURES_END = "<!-- figures:end -->";

export interface RunInfo {
  date: string;
  node: string;
  cpus: string;
  client: string;
}

/** The figures section as Markdown: one table row per result, then the details. */
export function figuresMarkdown(results: BenchmarkResult[], info: RunInfo): string {
  const verdict = (met: boolean | undefined): string => (met === undefined ? "did not finish" : met ? "yes" : "no");
  const lines = [
    `Measured ${info.date} on ${info.cpus}, Node ${info.node}, client: ${info.client}.`,
    "",
    "| Benchmark | Figure | Aim | Met |",
    "| --- | --- | --- | --- |",
    ...results.map((result) => `| ${result.name} | ${result.figure} | ${result.aim} | ${verdict(result.met)} |`),
    "",
    ...results.flatMap((result) => [`- **${result.name}**: ${result.details.join("; ")}.`]),
  ];
  return lines.join("\n");
}

/** Replaces the text between the figures markers, keeping the hand-written parts of the README. */
export function rewriteFigures(readmePath: string, figures: string): void {
  const text = fs.readFileSync(readmePath, "utf8");
  const start = text.indexOf(FIGURES_START);
  const end = text.indexOf(FIGURES_END);
  if (start < 0 || end < start) throw new Error(`${readmePath} has no figures markers`);
  const rewritten = `${text.slice(0, start + FIGURES_START.length)}\n${figures}\n${text.slice(end)}`;
  fs.writeFileSync(readmePath, rewritten);
}
