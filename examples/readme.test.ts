// The README's pasteable code blocks are the files under examples/, byte for byte, and each of those files is run by a test.
import fs from "node:fs";
import path from "node:path";

const REPO = path.resolve(__dirname, "..");
const README = fs.readFileSync(path.join(REPO, "README.md"), "utf8");

/** Languages a reader would paste and run; other blocks (output, plain text, yaml) are free. */
const PASTEABLE = new Set(["sh", "bash", "shell", "ts", "typescript", "js", "javascript", "python", "py", "json"]);
const EXAMPLE_MARKER = /^<!-- example: examples\/(\S+) -->$/;
const NOT_AN_EXAMPLE_MARKER = /^<!-- not-an-example: \S.* -->$/;

interface Block {
  /** 1-based line of the opening fence. */
  line: number;
  language: string;
  content: string;
  /** The last non-blank line before the fence. */
  before: string;
}

function fencedBlocks(markdown: string): Block[] {
  const lines = markdown.split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,}|~{3,})(\S*)/.exec(lines[i] ?? "");
    if (open === null) continue;
    const fence = open[1] ?? "```";
    const end = lines.findIndex((line, j) => j > i && line.startsWith(fence) && line.trim() === fence);
    if (end === -1) throw new Error(`README.md:${i + 1}: the code block is never closed`);
    const before = lines.slice(0, i).reverse().find((line) => line.trim() !== "") ?? "";
    blocks.push({ line: i + 1, language: (open[2] ?? "").toLowerCase(), content: lines.slice(i + 1, end).map((line) => `${line}\n`).join(""), before: before.trim() });
    i = end;
  }
  return blocks;
}

interface TestSource {
  dir: string;
  text: string;
}

/** Every test file, read once: where example files must be named to show they run. */
function testSources(): TestSource[] {
  const roots = ["emulator", "bin", "compat-tests", "examples", "console"].map((root) => path.join(REPO, root)).filter((root) => fs.existsSync(root));
  return roots.flatMap((root) =>
    fs
      .readdirSync(root, { recursive: true, encoding: "utf8" })
      .map((file) => path.join(root, file))
      .filter((file) => file.endsWith(".test.ts") && file !== __filename && !file.includes(`${path.sep}node_modules${path.sep}`))
      .map((file) => ({ dir: path.dirname(file), text: fs.readFileSync(file, "utf8") })),
  );
}

/** A test file is run by jest itself; any other example is named by a test: by its path under examples/, or by its file name from a test beside it. */
function isRun(file: string, sources: readonly TestSource[]): boolean {
  if (file.endsWith(".test.ts")) return true;
  const dir = path.dirname(path.join(REPO, "examples", file));
  const name = path.basename(file);
  return sources.some((source) => source.text.includes(file) || (source.dir === dir && new RegExp(`["'\`]${name.replace(/\./g, "\\.")}["'\`]`).test(source.text)));
}

const blocks = fencedBlocks(README);
const examples = blocks.flatMap((block) => {
  const file = EXAMPLE_MARKER.exec(block.before)?.[1];
  return file === undefined ? [] : [{ ...block, file }];
});

describe("README examples", () => {
  it("marks every pasteable code block as an example file, or says why it is not one", () => {
    const unmarked = blocks
      .filter((block) => PASTEABLE.has(block.language))
      .filter((block) => !EXAMPLE_MARKER.test(block.before) && !NOT_AN_EXAMPLE_MARKER.test(block.before))
      .map((block) => `README.md:${block.line} (${block.language}) needs <!-- example: examples/<path> --> or <!-- not-an-example: <reason> --> on the line before`);
    expect(unmarked).toEqual([]);
  });

  it("puts every example marker right before a code block", () => {
    const markers = README.split("\n").filter((line) => EXAMPLE_MARKER.test(line.trim()) || NOT_AN_EXAMPLE_MARKER.test(line.trim()));
    const used = blocks.filter((block) => EXAMPLE_MARKER.test(block.before) || NOT_AN_EXAMPLE_MARKER.test(block.before));
    expect(used.length).toBe(markers.length);
  });

  it.each(examples.map((example) => [example.file, example] as const))("shows examples/%s exactly as the file holds it", (file, example) => {
    const onDisk = path.join(REPO, "examples", file);
    expect(fs.existsSync(onDisk) ? fs.readFileSync(onDisk, "utf8") : `(no file examples/${file})`).toBe(example.content);
  });

  it("runs every example file in a test", () => {
    const sources = testSources();
    const unrun = examples.map((example) => example.file).filter((file) => !isRun(file, sources));
    expect(unrun).toEqual([]);
  });
});
