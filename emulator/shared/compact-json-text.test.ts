/** Tests of compactJsonText: whitespace between tokens dropped, everything inside strings and every token kept. */
import { compactJsonText } from "./compact-json-text";

describe("compactJsonText", () => {
  it("drops spaces, tabs and line breaks between tokens", () => {
    expect(compactJsonText('[\n\t"Hello", \r\n "World" ]')).toBe('["Hello","World"]');
    expect(compactJsonText(' { "a" : 1 , "b" : [ 1 , 2 ] } ')).toBe('{"a":1,"b":[1,2]}');
  });

  it("keeps whitespace, quotes and backslashes inside strings", () => {
    expect(compactJsonText('{"a b": "c \\" d \\\\", "e": " "}')).toBe('{"a b":"c \\" d \\\\","e":" "}');
  });

  it("keeps number and escape forms as the client wrote them", () => {
    expect(compactJsonText("[0.0, 1e2, -0, 1.50]")).toBe("[0.0,1e2,-0,1.50]");
    expect(compactJsonText('{"k": "\\u0041"}')).toBe('{"k":"\\u0041"}');
  });

  it("returns an already compact text unchanged", () => {
    const text = '{"a":[1,2,{"b":null}]}';
    expect(compactJsonText(text)).toBe(text);
  });
});
