/**
 * A text summary of a V8 CPU profile (`npm run bench -- --cpu-prof`): self time per function and per file.
 */
import fs from "node:fs";
import path from "node:path";

/** The parts of a V8 .cpuprofile this summary reads. */
interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function and per file of one CPU profile, largest first. */
export function summarize(profile: CpuProfile, top: number): string {
  const byNode = new Map<number, number>();
  profile.samples.forEach((nodeId, index) => {
    byNode.set(nodeId, (byNode.get(nodeId) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const micros = byNode.get(node.id) ?? 0;
    total += micros;
    const file = node.callFrame.url.replace(/^file:\/\//, "").replace(`${path.resolve(__dirname, "..")}/`, "") || "(native)";
    const name = `${node.callFrame.functionName || "(anonymous)"} ${file}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    const group = file.includes("node_modules/") ? file.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, "node_modules/$1") : file;
    byFile.set(group, (byFile.get(group) ?? 0) + micros);
  }
  const table = (entries: Map<string, number>) =>
    [...entries.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => `  ${(micros / 1000).toFixed(0).padStart(7)} ms ${((micros / total) * 100).toFixed(1).padStart(5)}%  ${name}`)
      .join("\n");
  return `total ${(total / 1000).toFixed(0)} ms sampled\nby function (self time):\n${table(byFunction)}\nby file or package:\n${table(byFile)}\n`;
}

if (require.main === module) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    process.stderr.write("usage: node -r ts-node/register/transpile-only bench/profile-summary.ts <file.cpuprofile>...\n");
    process.exit(2);
  }
  for (const file of files) {
    process.stdout.write(`${file}\n${summarize(JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile, 25)}\n`);
  }
}
