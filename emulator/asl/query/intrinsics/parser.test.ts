/** Tests of intrinsic call parsing and recognition, and of the static checks of names, arity and depth. */
import { callDepth, findStaticProblem, isIntrinsicFunction, parseIntrinsic, IntrinsicSyntaxError } from "./index";

describe("parseIntrinsic", () => {
  it("parses literals, paths and nested calls with their positions", () => {
    const text = "States.Format('a {}', $.x, States.Array(1, -2.5, true, null), $$.Execution.Id, $v.f[0])";
    const call = parseIntrinsic(text);
    expect(call.name).toBe("States.Format");
    expect([call.start, call.end]).toEqual([0, text.length]);
    expect(call.args.map((arg) => arg.kind)).toEqual(["string", "path", "call", "path", "path"]);
    expect(call.args[1]).toEqual({ kind: "path", path: "$.x", start: text.indexOf("$.x"), end: text.indexOf("$.x") + 3 });
    const nested = call.args[2];
    const at = (token: string): number => text.indexOf(token, text.indexOf("States.Array"));
    expect(nested?.kind === "call" && nested.args).toEqual([
      { kind: "number", value: 1, start: at("1"), end: at("1") + 1 },
      { kind: "number", value: -2.5, start: at("-2.5"), end: at("-2.5") + 4 },
      { kind: "boolean", value: true, start: at("true"), end: at("true") + 4 },
      { kind: "null", start: at("null"), end: at("null") + 4 },
    ]);
  });

  it("resolves the four escapes and keeps the raw text", () => {
    const call = parseIntrinsic("States.Format('it\\'s \\{\\} \\\\ {}', 1)");
    expect(call.args[0]).toMatchObject({ kind: "string", value: "it's {} \\ {}", raw: "it\\'s \\{\\} \\\\ {}" });
  });

  it("keeps path arguments whole when they hold brackets, quotes and commas", () => {
    const call = parseIntrinsic("States.Array($.a['x,y'], $.b[?(@.c == 'd)')])");
    expect(call.args.map((arg) => (arg.kind === "path" ? arg.path : null))).toEqual(["$.a['x,y']", "$.b[?(@.c == 'd)')]"]);
  });

  it("accepts a call with no arguments", () => {
    expect(parseIntrinsic("States.UUID()").args).toEqual([]);
  });

  it("rejects an escaped double quote, as AWS does", () => {
    expect(() => parseIntrinsic(`States.StringToJson('{"text":"An \\"escaped\\" quote"}')`)).toThrow(IntrinsicSyntaxError);
  });

  it.each([
    ["States.Format('x'", /Expected ',' or '\)'/],
    ["States.Format('x)", /Unterminated string/],
    ["States.Format(,)", /Expected an argument/],
    ["States.Format('x') tail", /Unexpected text/],
    ["Format('x')", /intrinsic function name/],
    ["States.Array($.a[)", /Invalid path|Unexpected|Expected/],
    ["States.Array(#)", /Unexpected character '#'/],
  ])("reports a syntax error with its position for %s", (text, message) => {
    let caught: unknown;
    try {
      parseIntrinsic(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(IntrinsicSyntaxError);
    expect((caught as IntrinsicSyntaxError).message).toMatch(message);
    expect(typeof (caught as IntrinsicSyntaxError).position).toBe("number");
  });
});

describe("isIntrinsicFunction", () => {
  it("recognises a string that starts as a call", () => {
    expect(isIntrinsicFunction("States.Format('{}', $.a)")).toBe(true);
    expect(isIntrinsicFunction("States.Whatever(")).toBe(true);
  });

  it("does not take paths or plain text for calls", () => {
    expect(isIntrinsicFunction("$.States.Format")).toBe(false);
    expect(isIntrinsicFunction("States.Format")).toBe(false);
    expect(isIntrinsicFunction("hello")).toBe(false);
  });
});

describe("findStaticProblem", () => {
  it("accepts known functions with fitting argument counts", () => {
    expect(findStaticProblem(parseIntrinsic("States.MathRandom(1, 2)"))).toBeNull();
    expect(findStaticProblem(parseIntrinsic("States.MathRandom(1, 2, 3)"))).toBeNull();
    expect(findStaticProblem(parseIntrinsic("States.Array()"))).toBeNull();
  });

  it("reports unknown functions and wrong counts, also in nested calls", () => {
    expect(findStaticProblem(parseIntrinsic("States.Nope(1)"))).toBe("Unknown intrinsic function States.Nope");
    expect(findStaticProblem(parseIntrinsic("States.Array(States.UUID(1))"))).toMatch(/States.UUID: expected 0, but got 1/);
    expect(findStaticProblem(parseIntrinsic("States.Format()"))).toMatch(/expected at least 1/);
  });

  it("measures nesting depth", () => {
    expect(callDepth(parseIntrinsic("States.Array(States.Array(States.UUID()), 1)"))).toBe(3);
  });
});
