/**
 * Regular expressions from definitions and expressions (JSONata's `/re/`, `$match`, `$replace`,
 * `$split`; JSONPath's `=~`) run on RE2's linear-time engine (re2js), so a pattern like `(a+)+$`
 * cannot hold the event loop for minutes with catastrophic backtracking: a regex match is one
 * synchronous call that no evaluation budget can interrupt. Patterns RE2 cannot express
 * (lookarounds, backreferences) fall back to JavaScript's engine, which is what they were written for.
 */
import type { RE2JS } from "re2js";

let loadedRe2: typeof RE2JS | undefined;

/** re2js (258 KB), loaded with the first regular expression rather than at start-up. */
function re2(): typeof RE2JS {
  if (loadedRe2 === undefined) {
    const library: { RE2JS: typeof RE2JS } = require("re2js");
    loadedRe2 = library.RE2JS;
  }
  return loadedRe2;
}

/** One match, shaped as RegExp.exec's result: the text, each group (undefined if unmatched), `index`. */
export type RegexMatch = Array<string | undefined> & { index: number };

function re2Flags(flags: string): number {
  let result = 0;
  if (flags.includes("i")) result |= re2().CASE_INSENSITIVE;
  if (flags.includes("m")) result |= re2().MULTILINE;
  if (flags.includes("s")) result |= re2().DOTALL;
  return result;
}

function compileLinear(source: string, flags: string): RE2JS | undefined {
  try {
    return re2().compile(re2().translateRegExp(source), re2Flags(flags));
  } catch {
    return undefined;
  }
}

/**
 * A drop-in for the RegExp members JSONata uses (`new RegexEngine(regex)`, `lastIndex`, `exec`),
 * with the global semantics of the `g` flag JSONata always adds. Given to jsonata as its RegexEngine.
 */
export class LinearRegExp {
  lastIndex = 0;
  private readonly linear: RE2JS | undefined;
  private readonly native: RegExp;

  constructor(pattern: RegExp | string, flags?: string) {
    const source = typeof pattern === "string" ? pattern : pattern.source;
    const allFlags = flags ?? (typeof pattern === "string" ? "" : pattern.flags);
    this.native = new RegExp(source, allFlags.includes("g") ? allFlags : `${allFlags}g`);
    this.linear = compileLinear(source, allFlags);
  }

  exec(text: string): RegexMatch | null {
    if (this.linear === undefined) return this.execNative(text);
    const matcher = this.linear.matcher(text);
    if (this.lastIndex > text.length || !matcher.find(this.lastIndex)) {
      this.lastIndex = 0;
      return null;
    }
    const match: Array<string | undefined> = [];
    for (let group = 0; group <= matcher.groupCount(); group += 1) match.push(matcher.group(group) ?? undefined);
    this.lastIndex = matcher.end();
    return Object.assign(match, { index: matcher.start() });
  }

  test(text: string): boolean {
    return this.exec(text) !== null;
  }

  private execNative(text: string): RegexMatch | null {
    this.native.lastIndex = this.lastIndex;
    const found = this.native.exec(text);
    this.lastIndex = this.native.lastIndex;
    if (found === null) return null;
    return Object.assign(Array.from(found, (value) => value), { index: found.index });
  }
}

/** Anchored patterns already compiled: a filter tests the same one against every element of an array. */
const anchoredPatterns = new Map<string, LinearRegExp>();
const MAX_CACHED_PATTERNS = 500;

/** True when the whole of `text` matches (JSONPath's `=~`, anchored as AWS anchors it). */
export function matchesWhole(source: string, flags: string, text: string): boolean {
  const key = `${flags}/${source}`;
  let regex = anchoredPatterns.get(key);
  if (regex === undefined) {
    regex = new LinearRegExp(`^(?:${source})$`, flags);
    if (anchoredPatterns.size >= MAX_CACHED_PATTERNS) anchoredPatterns.clear();
    anchoredPatterns.set(key, regex);
  }
  // The engine keeps `lastIndex` between calls, as a global RegExp does: every test starts afresh.
  regex.lastIndex = 0;
  return regex.test(text);
}
