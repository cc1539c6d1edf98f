/** Tests of JSONata compilation: the syntax check's messages and the reuse of a compiled expression. */
import { checkJsonataSyntax, compileJsonata } from "./compiled-expression-cache";

describe("checkJsonataSyntax", () => {
  it.each([
    ["1 +", "Unexpected end of expression"],
    ["a[1,2)", 'Expected "]", got ","'],
    ['"unterminated', "String literal must be terminated by a matching quote"],
    ['{"a":}', 'The symbol "}" cannot be used as a unary operator'],
    ["$match('a', /abc", "No terminating / in regular expression"],
    ["", "Unexpected end of expression"],
  ])("reports %j with the parser's message and no code", (expression, message) => {
    expect(checkJsonataSyntax(expression)).toBe(message);
  });

  it("accepts a valid expression", () => {
    expect(checkJsonataSyntax(" $states.input.a + 1 ")).toBeUndefined();
  });
});

describe("compileJsonata", () => {
  it("parses an expression once and reuses it", () => {
    const first = compileJsonata("$count([1, 2, 3])");
    expect(compileJsonata("$count([1, 2, 3])")).toBe(first);
  });
});
