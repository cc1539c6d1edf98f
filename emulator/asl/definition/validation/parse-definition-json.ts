/**
 * A JSON parser for definition text that reports syntax errors in the words and positions of AWS's Jackson
 * parser.
 */
import type { Json, JsonObject } from "../../../shared/json";
import type { Diagnostic } from "../diagnostic";
import { MAX_JSON_DEPTH } from "../../../shared/json-depth";
import { errorAt } from "./diagnostic-builders";

export type ParsedDefinition = { ok: true; value: Json } | { ok: false; diagnostic: Diagnostic };

/**
 * Parses definition text, reporting syntax errors with the wording and positions of the Jackson
 * parser AWS uses (INVALID_JSON_DESCRIPTION), since clients show that text verbatim.
 */
export function parseDefinitionJson(text: string): ParsedDefinition {
  const parser = new JacksonLikeParser(text);
  try {
    parser.skipWhitespace();
    const value = parser.parseValue();
    return { ok: true, value };
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return { ok: false, diagnostic: errorAt("INVALID_JSON_DESCRIPTION", `${error.reason}\n at ${error.where}`, error.where) };
    }
    throw error;
  }
}

class JsonSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly where: string,
  ) {
    super(reason);
  }
}

const MAX_SOURCE_CHARS = 500;

const NUMBER = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/**
 * A recursive-descent parser, safe because nesting is capped at MAX_JSON_DEPTH as Jackson caps
 * it. Positions are computed only when a message needs one: computing them per container made
 * parsing quadratic in the definition's size.
 */
class JacksonLikeParser {
  private index = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  skipWhitespace(): void {
    let code = this.text.charCodeAt(this.index);
    while (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) code = this.text.charCodeAt(++this.index);
  }

  parseValue(): Json {
    const char = this.text[this.index];
    if (char === undefined) this.failEndOfInput("Unexpected end-of-input: expected a value");
    if (char === "{") return this.parseObject();
    if (char === "[") return this.parseArray();
    if (char === '"') return this.parseString();
    if (char === "-" || (char >= "0" && char <= "9")) return this.parseNumber();
    const token = this.readToken();
    if (token === "true") return true;
    if (token === "false") return false;
    if (token === "null") return null;
    if (token.length === 0) {
      this.index += 1;
      this.fail(
        `Unexpected character (${describeChar(char)}): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')`,
      );
    }
    this.fail(`Unrecognized token '${token}': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')`);
  }

  private parseObject(): JsonObject {
    const start = this.index;
    this.enter();
    this.index += 1;
    const result: JsonObject = {};
    this.skipWhitespace();
    if (this.text[this.index] === "}") {
      this.index += 1;
      this.depth -= 1;
      return result;
    }
    for (;;) {
      this.skipWhitespace();
      const char = this.text[this.index];
      if (char === undefined) this.failEndOfInput(`Unexpected end-of-input: expected close marker for Object (start marker at ${this.position(start)})`);
      if (char !== '"') {
        this.index += 1;
        this.fail(`Unexpected character (${describeChar(char)}): was expecting double-quote to start field name`);
      }
      const key = this.parseString();
      this.skipWhitespace();
      const colon = this.text[this.index];
      if (colon === undefined) this.failEndOfInput(`Unexpected end-of-input: expected close marker for Object (start marker at ${this.position(start)})`);
      if (colon !== ":") {
        this.index += 1;
        this.fail(`Unexpected character (${describeChar(colon)}): was expecting a colon to separate field name and value`);
      }
      this.index += 1;
      this.skipWhitespace();
      result[key] = this.parseValue();
      this.skipWhitespace();
      const next = this.text[this.index];
      if (next === undefined) this.failEndOfInput(`Unexpected end-of-input: expected close marker for Object (start marker at ${this.position(start)})`);
      this.index += 1;
      if (next === "}") {
        this.depth -= 1;
        return result;
      }
      if (next !== ",") this.fail(`Unexpected character (${describeChar(next)}): was expecting comma to separate Object entries`);
    }
  }

  private parseArray(): Json[] {
    const start = this.index;
    this.enter();
    this.index += 1;
    const result: Json[] = [];
    this.skipWhitespace();
    if (this.text[this.index] === "]") {
      this.index += 1;
      this.depth -= 1;
      return result;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.index] === undefined) {
        this.failEndOfInput(`Unexpected end-of-input: expected close marker for Array (start marker at ${this.position(start)})`);
      }
      result.push(this.parseValue());
      this.skipWhitespace();
      const next = this.text[this.index];
      if (next === undefined) this.failEndOfInput(`Unexpected end-of-input: expected close marker for Array (start marker at ${this.position(start)})`);
      this.index += 1;
      if (next === "]") {
        this.depth -= 1;
        return result;
      }
      if (next !== ",") this.fail(`Unexpected character (${describeChar(next)}): was expecting comma to separate Array entries`);
    }
  }

  private parseString(): string {
    this.index += 1;
    let out = "";
    for (;;) {
      // Plain characters are taken as one slice up to the next quote, backslash or control character.
      const runStart = this.index;
      let code = this.text.charCodeAt(this.index);
      while (code >= 0x20 && code !== 0x22 && code !== 0x5c) code = this.text.charCodeAt(++this.index);
      if (this.index > runStart) out += this.text.slice(runStart, this.index);
      const char = this.text[this.index];
      if (char === undefined) this.failEndOfInput("Unexpected end-of-input: was expecting closing quote for a string value");
      this.index += 1;
      if (char === '"') return out;
      if (char === "\\") {
        const escape = this.text[this.index];
        this.index += 1;
        const simple = escape === undefined ? undefined : ESCAPES[escape];
        if (simple !== undefined) {
          out += simple;
        } else if (escape === "u" && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.index, this.index + 4))) {
          out += String.fromCharCode(parseInt(this.text.slice(this.index, this.index + 4), 16));
          this.index += 4;
        } else {
          this.fail(`Unrecognized character escape ${escape === undefined ? "" : describeChar(escape)}`);
        }
      } else {
        this.fail(
          `Illegal unquoted character ((CTRL-CHAR, code ${char.charCodeAt(0)})): has to be escaped using backslash to be included in string value`,
        );
      }
    }
  }

  private parseNumber(): number {
    NUMBER.lastIndex = this.index;
    const match = NUMBER.exec(this.text);
    if (match === null || match[0] === "-") {
      this.index += 1;
      this.fail("Unexpected character: expected digit (0-9) to follow minus sign, for valid numeric value");
    }
    this.index += match[0].length;
    return Number(match[0]);
  }

  private readToken(): string {
    const start = this.index;
    while (this.index < this.text.length && /[\p{L}\p{N}_$]/u.test(this.text[this.index] as string)) this.index += 1;
    return this.text.slice(start, this.index);
  }

  /** Jackson refuses documents nested deeper than its maximum, with this message. */
  private enter(): void {
    this.depth += 1;
    if (this.depth > MAX_JSON_DEPTH) {
      this.fail(`Document nesting depth (${this.depth}) exceeds the maximum allowed (${MAX_JSON_DEPTH}, from \`StreamReadConstraints.getMaxNestingDepth()\`)`);
    }
  }

  /** Jackson's position: line and 1-based column of the character at `at` (by default the next to read). */
  private position(at: number = this.index): string {
    const before = this.text.slice(0, at);
    const line = before.split("\n").length;
    const column = at - before.lastIndexOf("\n");
    return `[Source: ${this.source()}; line: ${line}, column: ${column}]`;
  }

  private source(): string {
    if (this.text.length <= MAX_SOURCE_CHARS) return `(String)"${this.text}"`;
    return `(String)"${this.text.slice(0, MAX_SOURCE_CHARS)}"[truncated ${this.text.length - MAX_SOURCE_CHARS} chars]`;
  }

  private fail(reason: string): never {
    throw new JsonSyntaxError(reason, this.position());
  }

  private failEndOfInput(reason: string): never {
    this.index = this.text.length;
    this.fail(reason);
  }
}

function describeChar(char: string): string {
  return `'${char}' (code ${char.charCodeAt(0)})`;
}
