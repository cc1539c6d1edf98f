// Bundles the console (console/src) with esbuild into dist/console: one hashed script, one hashed
// stylesheet and the index.html naming them. Run by `npm run build`; the browser tests run it too.
import * as esbuild from "esbuild";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const defaultOutDir = path.join(here, "..", "dist", "console");

/** Builds into `outDir` (dist/console unless told otherwise: the browser tests build their own copy). */
export async function buildConsole(outDir = defaultOutDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const result = await esbuild.build({
    entryPoints: { app: path.join(here, "src", "main.tsx") },
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    jsx: "automatic",
    jsxImportSource: "preact",
    entryNames: "[name]-[hash]",
    outdir: outDir,
    metafile: true,
    legalComments: "none",
    logLevel: "warning",
  });
  const outputs = Object.keys(result.metafile.outputs).map((file) => path.basename(file));
  const script = outputs.find((file) => file.endsWith(".js"));
  const style = outputs.find((file) => file.endsWith(".css"));
  const html = fs.readFileSync(path.join(here, "index.html"), "utf8").replace("app.js", script).replace("app.css", style);
  // The page is replaced last and stale bundles removed after, so a running server never serves a half-built console.
  fs.writeFileSync(path.join(outDir, "index.html.tmp"), html);
  fs.renameSync(path.join(outDir, "index.html.tmp"), path.join(outDir, "index.html"));
  for (const file of fs.readdirSync(outDir)) {
    if (file !== "index.html" && !outputs.includes(file)) fs.rmSync(path.join(outDir, file), { force: true });
  }
  return outputs.map((file) => ({ file, bytes: fs.statSync(path.join(outDir, file)).size }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? defaultOutDir;
  const files = await buildConsole(outDir);
  for (const { file, bytes } of files) console.log(`${path.relative(process.cwd(), path.join(outDir, file))}  ${(bytes / 1024).toFixed(1)} KiB`);
}
