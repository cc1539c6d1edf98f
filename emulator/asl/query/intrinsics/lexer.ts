/**
 * The tokens of an intrinsic call (names, quoted strings, numbers, paths, punctuation) and the lexer that
 * produces them.
 */
import { IntrinsicSyntaxError } from "./intrinsic-syntax-error";

export type Token =
  | { kind: "identifier"; text: string; start: number; end: number }
  /** `value` has escapes resolved; `raw` keeps them so States.Format can tell `\{` from a placeholder. */
  | { kind: "string"; value: string; raw: string; start: number; end: number }
  | { kind: "number"; value: number; start: number; end: number }
  | { kind: "path"; text: string; start: number; end: number }
  | { kind: "(" | ")" | ","; start: number; end: number }
  | { kind: "end"; start: number; end: number };

/** The escapes AWS allows inside a quoted intrinsic argument; any other backslash is an error. */
const ESCAPABLE = new Set(["'", "{", "}", "\\"]);

/** Splits an intrinsic call into tokens with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < text.length) {
    const char = text.charAt(position);
    if (char === " " || char === "\t" || char === "\n" || char === "\r") {
      position += 1;
    } else if (char === "(" || char === ")" || char === ",") {
      tokens.push({ kind: char, start: position, end: position + 1 });
      position += 1;
    } else if (char === "'") {
      const token = readString(text, position);
      tokens.push(token);
      position = token.end;
    } else if (char === "$") {
      const end = scanPath(text, position);
      tokens.push({ kind: "path", text: text.slice(position, end), start: position, end });
      position = end;
    } else if (/[-\d]/.test(char)) {
      const match = /^-?(\d+)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(position));
      if (!match) throw new IntrinsicSyntaxError("Expected a number", text, position);
      tokens.push({ kind: "number", value: Number(match[0]), start: position, end: position + match[0].length });
      position += match[0].length;
    } else if (/[A-Za-z_]/.test(char)) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(text.slice(position)) as RegExpExecArray;
      tokens.push({ kind: "identifier", text: match[0], start: position, end: position + match[0].length });
      position += match[0].length;
    } else {
      throw new IntrinsicSyntaxError(`Unexpected character '${char}'`, text, position);
    }
  }
  tokens.push({ kind: "end", start: text.length, end: text.length });
  return tokens;
}

function readString(text: string, start: number): Token {
  let value = "";
  let position = start + 1;
  for (;;) {
    if (position >= text.length) throw new IntrinsicSyntaxError("Unterminated string literal", text, start);
    const char = text.charAt(position);
    if (char === "\\") {
      const next = text.charAt(position + 1);
      if (!ESCAPABLE.has(next)) throw new IntrinsicSyntaxError(`Invalid escape sequence '\\${next}'`, text, position);
      value += next;
      position += 2;
    } else if (char === "'") {
      return { kind: "string", value, raw: text.slice(start + 1, position), start, end: position + 1 };
    } else {
      value += char;
      position += 1;
    }
  }
}

/** A path argument runs to the next top-level `,` or `)`, skipping brackets, parentheses and quotes inside it. */
function scanPath(text: string, start: number): number {
  let depth = 0;
  let quote: string | null = null;
  let position = start;
  while (position < text.length) {
    const char = text.charAt(position);
    if (quote !== null) {
      if (char === "\\") position += 1;
      else if (char === quote) quote = null;
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (char === "[" || char === "(") {
      depth += 1;
    } else if (char === "]" || char === ")") {
      if (depth === 0) break;
      depth -= 1;
    } else if (char === "," && depth === 0) {
      break;
    }
    position += 1;
  }
  let end = position;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  return end;
}
