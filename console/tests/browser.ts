/** Debian's Chromium under playwright-core for the console's browser tests, with a fresh profile each run. */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Fails with what to do when Chromium is missing: the browser tests must run, never skip. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`The console's browser tests need Chromium at ${CHROMIUM}: install it with 'apt-get install -y chromium' (or set CHROMIUM_PATH).`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-console-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Builds the console bundle as `npm run build` does, into a fresh folder of its own, so a
 * concurrent `npm pack` (which cleans dist/) cannot pull it from under a running test.
 */
export function buildConsole(): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-console-assets-"));
  execFileSync(process.execPath, [path.join(__dirname, "..", "build.mjs"), outDir], { stdio: "pipe" });
  return outDir;
}
