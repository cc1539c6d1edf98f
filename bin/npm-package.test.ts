// The npm package as a user gets it: `npm pack`, installed into an empty project, run from there.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { ListStateMachinesCommand, SFNClient } from "@aws-sdk/client-sfn";

const run = promisify(execFile);
const REPO = path.resolve(__dirname, "..");
const manifest = JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8")) as {
  name: string;
  devDependencies: Record<string, string>;
};

let project = "";
let installed = "";
let packedFiles: string[] = [];

/** Every file under a folder, relative to it, with `/` separators. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).flatMap((entry) =>
    entry.isFile() ? [path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/")] : [],
  );
}

/** What a published package must not carry: TypeScript sources (declarations are fine), tests, fixtures. */
function unwanted(files: readonly string[]): string[] {
  return files.filter((file) => (file.endsWith(".ts") && !file.endsWith(".d.ts")) || /\.test\.|(^|\/)(fixtures|testing)\//.test(file));
}

/** Starts the installed `sfn-emulator` bin and resolves with its URL from the listening line. */
function startInstalled(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const url = /http:\/\/[\w.[\]:-]+:\d+/.exec(output)?.[0];
      if (url !== undefined) resolve(url);
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString("utf8");
    });
    child.once("exit", (code) => reject(new Error(`sfn-emulator exited ${String(code)} before listening:\n${output}`)));
  });
}

/**
 * The repository's files (committed or not, less what git ignores) copied to `into`, with its
 * node_modules linked: `npm pack` rebuilds dist/ from a clean slate, which in the repository itself
 * would pull the compiled CLI from under the tests that spawn it meanwhile.
 */
async function copyOfRepo(into: string): Promise<string> {
  const { stdout } = await run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: REPO, maxBuffer: 64 * 1024 * 1024 });
  for (const file of stdout.split("\0")) {
    if (file === "" || file.startsWith("fixtures/") || !fs.existsSync(path.join(REPO, file))) continue;
    fs.mkdirSync(path.dirname(path.join(into, file)), { recursive: true });
    fs.copyFileSync(path.join(REPO, file), path.join(into, file));
  }
  fs.symlinkSync(path.join(REPO, "node_modules"), path.join(into, "node_modules"), "dir");
  return into;
}

beforeAll(async () => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-emulator-package-"));
  const source = await copyOfRepo(path.join(project, "source"));
  // `npm pack` runs the prepare script, which builds dist/ from a clean slate.
  const { stdout } = await run("npm", ["pack", "--json", "--silent", "--pack-destination", project], { cwd: source, maxBuffer: 64 * 1024 * 1024 });
  const [packed] = JSON.parse(stdout.slice(stdout.indexOf("["))) as Array<{ filename: string; files: Array<{ path: string }> }>;
  if (packed === undefined) throw new Error(`npm pack printed no result: ${stdout}`);
  packedFiles = packed.files.map((file) => file.path);
  fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true }));
  await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--silent", "--ignore-scripts", path.join(project, packed.filename)], {
    cwd: project,
    maxBuffer: 64 * 1024 * 1024,
  });
  // better-sqlite3's install script is its only one; where no prebuilt binary downloads it compiles
  // for over a minute, so the repository's build of the same pinned version stands in for it.
  const addon = path.join("node_modules", "better-sqlite3", "build", "Release", "better_sqlite3.node");
  fs.mkdirSync(path.dirname(path.join(project, addon)), { recursive: true });
  fs.copyFileSync(path.join(REPO, addon), path.join(project, addon));
  installed = path.join(project, "node_modules", manifest.name);
}, 240_000);

afterAll(() => {
  if (project !== "") fs.rmSync(project, { recursive: true, force: true });
});

describe("the npm package", () => {
  it("packs compiled JavaScript with declarations, and no TypeScript sources, tests or fixtures", () => {
    expect(packedFiles).toContain("dist/bin/sfn-emulator.js");
    expect(packedFiles).toContain("dist/emulator/index.js");
    expect(packedFiles).toContain("dist/emulator/index.d.ts");
    expect(packedFiles).toContain("dist/console/index.html");
    expect(unwanted(packedFiles)).toEqual([]);
  });

  it("installs without TypeScript sources or development dependencies", () => {
    expect(unwanted(filesUnder(installed))).toEqual([]);
    const present = Object.keys(manifest.devDependencies).filter((name) => fs.existsSync(path.join(project, "node_modules", name)));
    expect(present).toEqual([]);
  });

  it("runs the installed sfn-emulator bin, which answers ListStateMachines", async () => {
    const bin = path.join(project, "node_modules", ".bin", "sfn-emulator");
    const child = spawn(bin, ["--port", "0", "--host", "127.0.0.1", "--in-memory"], { cwd: project, stdio: ["ignore", "pipe", "pipe"] });
    const sfn = (url: string) => new SFNClient({ endpoint: url, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 });
    try {
      const client = sfn(await startInstalled(child));
      const listed = await client.send(new ListStateMachinesCommand({}));
      client.destroy();
      expect(listed.stateMachines).toEqual([]);
    } finally {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
  });

  it("exposes createEmulator through require and import, starting one in-process", async () => {
    const script = (load: string) =>
      `${load}; const e = await createEmulator({ port: 0, inMemory: true, logLevel: "silent" }); const r = await fetch(e.url + "/", { method: "POST", headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "AWSStepFunctions.ListStateMachines" }, body: "{}" }); console.log(r.status, await r.text()); await e.close();`;
    const required = await run(process.execPath, ["-e", `(async () => { ${script('const { createEmulator } = require("sfn-emulator")')} })()`], { cwd: project });
    const imported = await run(process.execPath, ["--input-type=module", "-e", script('import { createEmulator } from "sfn-emulator"')], { cwd: project });
    expect(required.stdout.trim()).toBe('200 {"stateMachines":[]}');
    expect(imported.stdout.trim()).toBe('200 {"stateMachines":[]}');
  });

  it("declares its types: a TypeScript consumer compiles against createEmulator and Config", async () => {
    fs.writeFileSync(
      path.join(project, "consumer.ts"),
      'import { createEmulator, type Config } from "sfn-emulator";\nconst options: Partial<Config> = { port: 0, inMemory: true };\nexport const started: Promise<{ url: string; close(): Promise<void> }> = createEmulator(options);\n',
    );
    // No skipLibCheck: the package's declarations must compile with only its own dependencies and Node's types.
    const compilerOptions = { strict: true, noEmit: true, module: "node16", moduleResolution: "node16", typeRoots: [path.join(REPO, "node_modules", "@types")], types: ["node"] };
    fs.writeFileSync(path.join(project, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["consumer.ts"] }));
    const tsc = path.join(REPO, "node_modules", "typescript", "bin", "tsc");
    const compiled = await run(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: project }).then(
      () => "compiled",
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(compiled).toBe("compiled");
  });
});
