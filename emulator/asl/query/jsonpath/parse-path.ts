/** The JSONPath parser: a `$`-rooted path into its segments and filter expressions. */
import type { Json } from "../../../shared/json";
import type { CompareOperator, FilterExpression, FilterOperand, ParsedPath, PathSegment } from "./path-ast";
import { isDefiniteSegment } from "./path-ast";
import { JsonPathSyntaxError } from "./json-path-syntax-error";
import { scanJsonLiteral } from "./filter-json-literal";
import { scanBracketNames, unescapeName } from "./bracket-names";

/**
 * Parses a path that starts at `$` (the part after any `$$` or `$name` prefix is handled by the caller
 * rewriting it to `$`). Throws JsonPathSyntaxError with the offset where the text stopped making sense.
 */
export function parsePath(path: string): ParsedPath {
  const reader = new PathReader(path);
  if (reader.peek() !== "$") {
    reader.fail("A JSONPath must start with '$'");
  }
  reader.advance();
  const segments = reader.readSegments(false);
  if (!reader.atEnd()) {
    reader.fail(`Unexpected character '${reader.peek()}'`);
  }
  return { segments, definite: segments.every(isDefiniteSegment) };
}

const FILTER_NAME_STOP = new Set([" ", "\t", "\n", "\r", ".", "[", "]", "(", ")", "=", "!", "<", ">", "&", "|", ","]);
const PATH_NAME_STOP = new Set([".", "[", "]"]);

/** Filters nested deeper than this (parentheses, `!`, paths inside filters) are refused, so parsing cannot overflow the stack. */
const MAX_FILTER_NESTING = 100;

class PathReader {
  private position = 0;
  private filterNesting = 0;

  constructor(private readonly text: string) {}

  fail(message: string): never {
    throw new JsonPathSyntaxError(message, this.text, this.position);
  }

  atEnd(): boolean {
    return this.position >= this.text.length;
  }

  peek(offset = 0): string {
    return this.text.charAt(this.position + offset);
  }

  advance(count = 1): void {
    this.position += count;
  }

  startsWith(token: string): boolean {
    return this.text.startsWith(token, this.position);
  }

  skipSpaces(): void {
    while (/\s/.test(this.peek()) && !this.atEnd()) this.advance();
  }

  expect(token: string): void {
    if (!this.startsWith(token)) this.fail(`Expected '${token}'`);
    this.advance(token.length);
  }

  /** Reads segments until the text can no longer continue a path; inside a filter, names stop at operators. */
  readSegments(inFilter: boolean): PathSegment[] {
    const segments: PathSegment[] = [];
    for (;;) {
      if (this.startsWith("..")) {
        this.advance(2);
        segments.push({ kind: "descent", then: this.readAfterDot(inFilter, true) });
      } else if (this.peek() === ".") {
        this.advance();
        segments.push(this.readAfterDot(inFilter, false));
      } else if (this.peek() === "[") {
        segments.push(this.readBracket());
      } else {
        return segments;
      }
    }
  }

  private readAfterDot(inFilter: boolean, afterDescent: boolean): PathSegment {
    if (this.peek() === "*") {
      this.advance();
      return { kind: "wildcard" };
    }
    if (this.peek() === "[") {
      // `$.[0]` and `$..[0]` are accepted by AWS's JSONPath library as a bracket after a dot.
      return this.readBracket();
    }
    const stop = inFilter ? FILTER_NAME_STOP : PATH_NAME_STOP;
    const start = this.position;
    while (!this.atEnd() && !stop.has(this.peek()) && this.peek() !== "(") this.advance();
    const name = this.text.slice(start, this.position);
    if (name.length === 0) {
      this.fail(afterDescent ? "Expected a name, '*' or '[' after '..'" : "Expected a name, '*' or '[' after '.'");
    }
    if (this.peek() === "(") {
      return this.readFunction(name);
    }
    return { kind: "property", names: [name] };
  }

  private readFunction(name: string): PathSegment {
    // Path functions such as length() parse, but AWS evaluates none of them, so they never match.
    let depth = 0;
    do {
      if (this.atEnd()) this.fail(`Unclosed argument list of function '${name}'`);
      if (this.peek() === "(") depth += 1;
      if (this.peek() === ")") depth -= 1;
      this.advance();
    } while (depth > 0);
    return { kind: "function", name };
  }

  private readBracket(): PathSegment {
    const open = this.position;
    this.expect("[");
    this.skipSpaces();
    let segment: PathSegment;
    const first = this.peek();
    if (first === "'" || first === '"') {
      const read = scanBracketNames(this.text, open, first);
      if (!read.ok) {
        this.position = read.at;
        this.fail(read.message);
      }
      this.position = read.end;
      return { kind: "property", names: read.names, quote: read.quote };
    }
    if (first === "*") {
      this.advance();
      segment = { kind: "wildcard" };
    } else if (first === "?") {
      this.advance();
      this.skipSpaces();
      this.expect("(");
      const predicate = this.readOr();
      this.skipSpaces();
      this.expect(")");
      segment = { kind: "filter", predicate };
    } else {
      segment = this.readIndexOrSlice();
    }
    this.skipSpaces();
    this.expect("]");
    return segment;
  }

  private readIndexOrSlice(): PathSegment {
    const first = this.readOptionalInteger();
    this.skipSpaces();
    if (this.peek() === ":") {
      this.advance();
      this.skipSpaces();
      const end = this.readOptionalInteger();
      this.skipSpaces();
      let step: number | null = null;
      if (this.peek() === ":") {
        this.advance();
        this.skipSpaces();
        step = this.readOptionalInteger();
      }
      return { kind: "slice", start: first, end, step };
    }
    if (first === null) this.fail("Expected an index, a slice, '*', a filter or a quoted name");
    const indexes = [first];
    while (this.peek() === ",") {
      this.advance();
      this.skipSpaces();
      const next = this.readOptionalInteger();
      if (next === null) this.fail("Expected an index after ','");
      indexes.push(next);
      this.skipSpaces();
    }
    return { kind: "index", indexes };
  }

  private readOptionalInteger(): number | null {
    const match = /^-?\d+/.exec(this.text.slice(this.position));
    if (!match) return null;
    this.advance(match[0].length);
    return Number(match[0]);
  }

  private readQuoted(): string {
    const quote = this.peek();
    if (quote !== "'" && quote !== '"') this.fail("Expected a quoted name");
    this.advance();
    const start = this.position;
    for (;;) {
      if (this.atEnd()) this.fail("Unterminated quoted name");
      const char = this.peek();
      if (char === "\\") {
        this.advance(2);
        continue;
      }
      if (char === quote) break;
      this.advance();
    }
    // Filter literals unescape as bracket names do (Java's escapes).
    const value = unescapeName(this.text.slice(start, this.position));
    if (value === undefined) this.fail("Unable to parse unicode value");
    this.advance();
    return value;
  }

  private readOr(): FilterExpression {
    let left = this.readAnd();
    for (;;) {
      this.skipSpaces();
      if (!this.startsWith("||")) return left;
      this.advance(2);
      left = { kind: "or", left, right: this.readAnd() };
    }
  }

  private readAnd(): FilterExpression {
    let left = this.readUnary();
    for (;;) {
      this.skipSpaces();
      if (!this.startsWith("&&")) return left;
      this.advance(2);
      left = { kind: "and", left, right: this.readUnary() };
    }
  }

  private readUnary(): FilterExpression {
    this.filterNesting += 1;
    if (this.filterNesting > MAX_FILTER_NESTING) this.fail(`Filters nest more than ${MAX_FILTER_NESTING} levels deep`);
    try {
      return this.readUnaryOperand();
    } finally {
      this.filterNesting -= 1;
    }
  }

  private readUnaryOperand(): FilterExpression {
    this.skipSpaces();
    if (this.peek() === "!" && this.peek(1) !== "=") {
      this.advance();
      return { kind: "not", operand: this.readUnary() };
    }
    if (this.peek() === "(") {
      this.advance();
      const inner = this.readOr();
      this.skipSpaces();
      this.expect(")");
      return inner;
    }
    const left = this.readOperand();
    this.skipSpaces();
    const operator = this.readOperator();
    if (operator === null) {
      if (left.kind !== "path") this.fail("A filter without an operator must test a path");
      return { kind: "exists", operand: left };
    }
    this.skipSpaces();
    return { kind: "compare", operator, left, right: this.readOperand() };
  }

  private readOperator(): CompareOperator | null {
    for (const symbol of ["==", "!=", "<=", ">=", "=~", "<", ">"] as const) {
      if (this.startsWith(symbol)) {
        this.advance(symbol.length);
        return symbol;
      }
    }
    const word = /^(in|nin|contains|size|empty)(?=[\s[('"\d-]|$)/.exec(this.text.slice(this.position));
    if (word) {
      this.advance(word[0].length);
      return word[1] as CompareOperator;
    }
    return null;
  }

  private readOperand(): FilterOperand {
    this.skipSpaces();
    const char = this.peek();
    if (char === "@" || char === "$") {
      this.advance();
      return { kind: "path", root: char, segments: this.readSegments(true) };
    }
    if (char === "'" || char === '"') {
      return { kind: "literal", value: this.readQuoted() };
    }
    if (char === "/") {
      return this.readRegex();
    }
    if (char === "[" || char === "{") {
      return { kind: "literal", value: this.readJsonLiteral() };
    }
    const match = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)(?![\w-])/.exec(this.text.slice(this.position));
    if (match) {
      this.advance(match[0].length);
      return { kind: "literal", value: JSON.parse(match[0]) as Json };
    }
    // AWS accepts an unquoted word as a text literal (`@.status == Failure`), as published definitions rely on.
    const word = /^[A-Za-z_][\w-]*/.exec(this.text.slice(this.position));
    if (!word) this.fail("Expected a filter operand");
    this.advance(word[0].length);
    return { kind: "literal", value: word[0] };
  }

  private readRegex(): FilterOperand {
    this.expect("/");
    let source = "";
    while (this.peek() !== "/") {
      if (this.atEnd()) this.fail("Unterminated regular expression");
      if (this.peek() === "\\") {
        source += this.peek() + this.peek(1);
        this.advance(2);
        continue;
      }
      source += this.peek();
      this.advance();
    }
    this.advance();
    const flags = /^[a-z]*/.exec(this.text.slice(this.position))?.[0] ?? "";
    this.advance(flags.length);
    try {
      new RegExp(source, flags);
    } catch {
      this.fail("Invalid regular expression");
    }
    return { kind: "regex", source, flags };
  }

  private readJsonLiteral(): Json {
    const literal = scanJsonLiteral(this.text, this.position);
    this.advance(literal.end - this.position);
    if (literal.value === undefined) this.fail("Invalid JSON literal in filter");
    return literal.value;
  }
}
