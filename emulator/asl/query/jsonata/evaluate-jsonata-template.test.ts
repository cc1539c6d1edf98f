/**
 * Tests of JSONata templates: nested expressions replaced, failing fields named by key or index, document
 * order.
 */
import { evaluateJsonataTemplate } from "./evaluate-jsonata-template";
import { bindingsOf, fixedScope } from "./testing/fixed-scope";

const site = { stateName: "State0", enteredEventId: 2, field: "Output" };

function evaluate(template: Parameters<typeof evaluateJsonataTemplate>[0], input: Parameters<typeof bindingsOf>[0] = {}) {
  return evaluateJsonataTemplate(template, bindingsOf(input), fixedScope(), site);
}

describe("evaluateJsonataTemplate", () => {
  it("replaces expressions at any depth and copies everything else", async () => {
    const template = {
      n: null,
      f: false,
      s: "$states.input",
      spaced: " {% $states.input %} ",
      e: "{% $states.input.v %}",
      list: [0, "{% $states.input.v & '!' %}", { deep: ["{% 1 + 1 %}"] }],
    };
    expect(await evaluate(template, { v: "x" })).toEqual({
      n: null,
      f: false,
      s: "$states.input",
      spaced: " {% $states.input %} ",
      e: "x",
      list: [0, "x!", { deep: [2] }],
    });
  });

  it("evaluates a template that is one expression", async () => {
    expect(await evaluate("{% $states.input %}", [1, 2])).toEqual([1, 2]);
  });

  it("names the field of an undefined result by key", async () => {
    await expect(evaluate({ result: "{% $doesNotExist %}" })).rejects.toMatchObject({
      cause:
        "An error occurred while executing the state 'State0' (entered at the event id #2). The JSONata expression '$doesNotExist' specified for the field 'Output/result' returned nothing (undefined).",
      location: "Output/result",
    });
  });

  it("names the field of an undefined result by array index", async () => {
    await expect(evaluate({ values: ["{% $nothing %}"] })).rejects.toMatchObject({ location: "Output/values[0]" });
  });

  it("names the template's own field for a top-level expression", async () => {
    await expect(evaluate("{% $doesNotExist %}")).rejects.toMatchObject({ location: "Output" });
  });

  it("evaluates in document order, so UUIDs are drawn in a stable order", async () => {
    expect(await evaluate({ b: "{% $uuid() %}", a: "{% $uuid() %}" })).toEqual({
      b: "00000000-0000-4000-8000-000000000001",
      a: "00000000-0000-4000-8000-000000000002",
    });
  });
});
