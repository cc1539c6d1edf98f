/** The parser of intrinsic calls, from tokens to a call tree with nested calls as arguments. */
import { isValidJsonPath } from "../jsonpath";
import type { IntrinsicArgument, IntrinsicCall } from "./intrinsic-ast";
import { IntrinsicSyntaxError } from "./intrinsic-syntax-error";
import { tokenize, type Token } from "./lexer";

/** Parses `States.Name(arg, ...)` into a call tree; throws IntrinsicSyntaxError with the offending offset. */
export function parseIntrinsic(text: string): IntrinsicCall {
  const parser = new Parser(text, tokenize(text));
  const call = parser.call();
  parser.expectEnd();
  return call;
}

/** Calls nested deeper than this are refused, so parsing and evaluation cannot overflow the stack. */
const MAX_CALL_NESTING = 100;

class Parser {
  private index = 0;
  private nesting = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
  ) {}

  private peek(): Token {
    return this.tokens[this.index] as Token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== "end") this.index += 1;
    return token;
  }

  private fail(message: string, token: Token): never {
    throw new IntrinsicSyntaxError(message, this.text, token.start);
  }

  expectEnd(): void {
    const token = this.peek();
    if (token.kind !== "end") this.fail("Unexpected text after the function call", token);
  }

  call(): IntrinsicCall {
    this.nesting += 1;
    try {
      return this.callAt();
    } finally {
      this.nesting -= 1;
    }
  }

  private callAt(): IntrinsicCall {
    const name = this.next();
    if (this.nesting > MAX_CALL_NESTING) this.fail(`Function calls nest more than ${MAX_CALL_NESTING} levels deep`, name);
    if (name.kind !== "identifier" || !name.text.startsWith("States.")) {
      this.fail("Expected an intrinsic function name such as States.Format", name);
    }
    const open = this.next();
    if (open.kind !== "(") this.fail("Expected '(' after the function name", open);
    const args: IntrinsicArgument[] = [];
    if (this.peek().kind === ")") {
      return { kind: "call", name: name.text, args, start: name.start, end: this.next().end };
    }
    for (;;) {
      args.push(this.argument());
      const separator = this.next();
      if (separator.kind === ")") return { kind: "call", name: name.text, args, start: name.start, end: separator.end };
      if (separator.kind !== ",") this.fail("Expected ',' or ')'", separator);
    }
  }

  private argument(): IntrinsicArgument {
    const token = this.peek();
    switch (token.kind) {
      case "string":
        this.next();
        return { kind: "string", value: token.value, raw: token.raw, start: token.start, end: token.end };
      case "number":
        this.next();
        return { kind: "number", value: token.value, start: token.start, end: token.end };
      case "path":
        this.next();
        if (!isValidJsonPath(token.text)) this.fail(`Invalid path '${token.text}'`, token);
        return { kind: "path", path: token.text, start: token.start, end: token.end };
      case "identifier":
        if (token.text === "true" || token.text === "false") {
          this.next();
          return { kind: "boolean", value: token.text === "true", start: token.start, end: token.end };
        }
        if (token.text === "null") {
          this.next();
          return { kind: "null", start: token.start, end: token.end };
        }
        return this.call();
      case "(":
      case ")":
      case ",":
      case "end":
        return this.fail("Expected an argument", token);
    }
  }
}
