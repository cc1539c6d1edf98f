/**
 * Prepares the data directory before the store opens it, failing at once with a message that
 * names the directory and the reason, so a bad `--data-dir` stops the start instead of hanging it.
 */
import fs from "node:fs";
import path from "node:path";

export class DataDirError extends Error {
  constructor(dir: string, reason: string) {
    super(`cannot use the data directory ${dir}: ${reason}`);
    this.name = "DataDirError";
  }
}

/** Creates `dir` if missing and checks it is a directory this process can read and write. */
export function prepareDataDir(dir: string): string {
  const absolute = path.resolve(dir);
  // fs.mkdirSync with { recursive: true } never returns for some paths (under /proc, for one), so create one level at a time.
  const missing: string[] = [];
  let current = absolute;
  while (!fs.existsSync(current)) {
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const level of missing) {
    try {
      fs.mkdirSync(level);
    } catch (error) {
      throw new DataDirError(absolute, `${describe(error)} (creating ${level})`);
    }
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absolute);
  } catch (error) {
    throw new DataDirError(absolute, describe(error));
  }
  if (!stat.isDirectory()) throw new DataDirError(absolute, "it exists and is not a directory");
  try {
    fs.accessSync(absolute, fs.constants.R_OK | fs.constants.W_OK);
  } catch (error) {
    throw new DataDirError(absolute, describe(error));
  }
  return absolute;
}

/** Wraps a failure to open the database file in the same message. */
export function openFailure(dir: string, error: unknown): DataDirError {
  return new DataDirError(path.resolve(dir), describe(error));
}

function describe(error: unknown): string {
  const { code, message } = (typeof error === "object" && error !== null ? error : {}) as { code?: unknown; message?: unknown };
  return typeof code === "string" && code !== "" ? `${code}, ${String(message)}` : String(message ?? error);
}
