/**
 * Quoted names in brackets (`$['a\'b']`, `$["x","y"]`), read as AWS's JSONPath library (Jayway) reads
 * them: the first quote after `[` is the delimiter for the whole bracket, a backslash escapes the next
 * character, and each name is then unescaped with Java's escapes (`\n`, `\t`, `\uXXXX`, ...).
 */

export type Quote = "'" | '"';

export type BracketNames =
  | { ok: true; names: string[]; quote: Quote; end: number }
  | { ok: false; message: string; at: number };

const SPACE = /[ \t\n\r]/;

function nextSignificant(text: string, from: number): string {
  let index = from;
  while (index < text.length && SPACE.test(text.charAt(index))) index++;
  return text.charAt(index);
}

/** Reads the names of the bracket opening at `open` (a `[`); `end` is the index after its `]`. */
export function scanBracketNames(text: string, open: number, quote: Quote): BracketNames {
  const names: string[] = [];
  let start = open + 1;
  let inName = false;
  let inEscape = false;
  let lastWasComma = false;
  let closedAt = open;
  let index = open + 1;
  for (; index < text.length; index++) {
    const char = text.charAt(index);
    if (inEscape) {
      inEscape = false;
    } else if (char === "\\") {
      inEscape = true;
    } else if (char === "]" && !inName) {
      if (lastWasComma) return { ok: false, message: "Found empty property", at: index };
      break;
    } else if (char === quote) {
      if (inName) {
        const after = nextSignificant(text, index + 1);
        if (after !== "]" && after !== ",") {
          return { ok: false, message: "Property must be separated by comma or terminated by a close square bracket", at: index };
        }
        const name = unescapeName(text.slice(start, index));
        if (name === undefined) return { ok: false, message: "Unable to parse unicode value", at: start };
        names.push(name);
        closedAt = index;
        inName = false;
      } else {
        start = index + 1;
        inName = true;
        lastWasComma = false;
      }
    } else if (char === "," && !inName) {
      if (lastWasComma) return { ok: false, message: "Found empty property", at: index };
      lastWasComma = true;
    }
  }
  if (inName) return { ok: false, message: `Property has not been closed - missing closing ${quote}`, at: index };
  const close = text.indexOf("]", closedAt + 1);
  if (close === -1 || names.length === 0) return { ok: false, message: "Property has not been closed - missing closing ]", at: index };
  return { ok: true, names, quote, end: close + 1 };
}

const ESCAPES: Readonly<Record<string, string>> = { r: "\r", f: "\f", t: "\t", n: "\n", b: "\b" };

/**
 * A name's text with its escapes resolved: `\uXXXX` is a code unit, `\r \f \t \n \b` are control
 * characters, any other escaped character stands for itself. A `\u` cut short by the end of the name
 * is dropped, as the library does; one with non-hex digits is an error (undefined).
 */
export function unescapeName(raw: string): string | undefined {
  if (!raw.includes("\\")) return raw;
  let out = "";
  for (let index = 0; index < raw.length; index++) {
    const char = raw.charAt(index);
    if (char !== "\\") {
      out += char;
      continue;
    }
    const next = raw.charAt(index + 1);
    index++;
    if (next === "u") {
      const hex = raw.slice(index + 1, index + 5);
      index += 4;
      if (hex.length < 4) return out;
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
      out += String.fromCharCode(parseInt(hex, 16));
      continue;
    }
    out += ESCAPES[next] ?? next;
  }
  return out;
}
