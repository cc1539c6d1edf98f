/** Tests of `{% %}` expression recognition and of the expression text AWS quotes. */
import { isJsonataExpression, jsonataExpressionBody } from "./jsonata-expression";

describe("isJsonataExpression", () => {
  it("accepts a string delimited by {% and %}, with or without inner spaces", () => {
    expect(isJsonataExpression("{% $states.input %}")).toBe(true);
    expect(isJsonataExpression("{%$states.input%}")).toBe(true);
  });

  it("treats whitespace outside the delimiters as a literal, as AWS does", () => {
    expect(isJsonataExpression(" {% states.input %} ")).toBe(false);
    expect(isJsonataExpression("{% states.input %} ")).toBe(false);
  });

  it("rejects non-strings and strings that are only a delimiter", () => {
    expect(isJsonataExpression({ a: "{% 1 %}" })).toBe(false);
    expect(isJsonataExpression("{%}")).toBe(false);
    expect(isJsonataExpression("$states.input")).toBe(false);
  });
});

describe("jsonataExpressionBody", () => {
  it("returns the trimmed text AWS quotes in causes", () => {
    expect(jsonataExpressionBody("{% $doesNotExist %}")).toBe("$doesNotExist");
    expect(jsonataExpressionBody("{%1%}")).toBe("1");
  });
});
