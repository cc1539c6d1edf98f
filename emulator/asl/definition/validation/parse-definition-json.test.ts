/**
 * Tests of the definition JSON parser: exact values, and syntax errors in the Jackson parser's words and
 * positions.
 */
import { parseDefinitionJson } from "./parse-definition-json";

function messageOf(text: string): string | undefined {
  const parsed = parseDefinitionJson(text);
  return parsed.ok ? undefined : parsed.diagnostic.message;
}

describe("parseDefinitionJson", () => {
  it("parses objects keeping values exactly", () => {
    expect(parseDefinitionJson('{"a": [1, -2.5e1, true, false, null, "x\\u00e9\\n"]}')).toEqual({
      ok: true,
      value: { a: [1, -25, true, false, null, "xé\n"] },
    });
  });

  it("names an unrecognized token with the column after it", () => {
    expect(messageOf("not a definition")).toBe(
      "Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\n at [Source: (String)\"not a definition\"; line: 1, column: 4]",
    );
  });

  it("reports a missing field-name quote", () => {
    expect(messageOf("{a: 1}")).toBe(
      "Unexpected character ('a' (code 97)): was expecting double-quote to start field name\n at [Source: (String)\"{a: 1}\"; line: 1, column: 3]",
    );
  });

  it("reports an unclosed object with its start marker", () => {
    expect(messageOf('{"a": 1')).toBe(
      'Unexpected end-of-input: expected close marker for Object (start marker at [Source: (String)"{"a": 1"; line: 1, column: 1])\n at [Source: (String)"{"a": 1"; line: 1, column: 8]',
    );
  });

  it("counts lines", () => {
    expect(messageOf('{\n"a": x}')).toContain("line: 2, column: 7]");
  });
});
