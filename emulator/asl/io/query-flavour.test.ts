/**
 * Tests of the JSONPath and JSONata data pipelines: output and Assign, number fields, Catch output,
 * Conditions, Map items.
 */
import type { Json } from "../../shared/json";
import { QueryEvaluationError } from "../query/jsonata";
import { jsonataFlavour } from "./jsonata-flavour";
import { jsonPathFlavour } from "./jsonpath-flavour";
import type { StateIo } from "./query-flavour";

function io(input: Json, variables: Record<string, Json> = {}): StateIo {
  return {
    scope: { input, context: { State: { Name: "S" } }, variables, random: () => 0.5, uuid: () => "u", now: () => 0 },
    site: { stateName: "S", enteredEventId: 2 },
  };
}

describe("JSONPath flavour", () => {
  it("assigns from the result after ResultSelector and outputs through ResultPath", async () => {
    const exit = await jsonPathFlavour.exit(
      { ResultSelector: { "v.$": "$.a" }, ResultPath: "$.r", Assign: { "x.$": "$.v", "old.$": "$x" } },
      io({ keep: true }, { x: "before" }),
      { value: { a: 7 }, isResult: true },
    );
    expect(exit).toEqual({ output: { keep: true, r: { v: 7 } }, assigned: { x: 7, old: "before" } });
  });

  it("reads a number from a string at a ...Path as AWS does", async () => {
    const value = await jsonPathFlavour.number(
      { field: "MaxConcurrency", value: undefined, pathField: "MaxConcurrencyPath", path: "$.m", kind: "integer" },
      io({ m: "3" }),
    );
    expect(value).toBe(3);
  });

  it("names the field and value when a ...Path holds no integer", async () => {
    await expect(
      jsonPathFlavour.number({ field: "MaxConcurrency", value: undefined, pathField: "MaxConcurrencyPath", path: "$.m", kind: "integer" }, io({ m: "x" })),
    ).rejects.toThrow('The MaxConcurrencyPath field refers to value "x" which is not a valid integer: $.m');
  });
});

describe("JSONata flavour", () => {
  it("outputs the result by default and the input for result-less states", async () => {
    expect((await jsonataFlavour.exit({}, io({ i: 1 }), { value: [1], isResult: true })).output).toEqual([1]);
    expect((await jsonataFlavour.exit({}, io({ i: 1 }), { value: {}, isResult: false })).output).toEqual({ i: 1 });
  });

  it("gives a Catch's Output and Assign the error output", async () => {
    const exit = await jsonataFlavour.catchExit(
      { ErrorEquals: ["States.ALL"], Next: "N", Output: { e: "{% $states.errorOutput.Error %}" }, Assign: { c: "{% $states.errorOutput.Cause %}" } },
      0,
      io({}),
      { Error: "E", Cause: "C" },
    );
    expect(exit).toEqual({ output: { e: "E" }, assigned: { c: "C" } });
  });

  it("names a Catch's field when its Output fails", async () => {
    const failure = jsonataFlavour.catchExit({ ErrorEquals: ["States.ALL"], Next: "N", Output: "{% $nothing %}" }, 1, io({}), { Error: "E" });
    await expect(failure).rejects.toMatchObject({ location: "Catch[1]/Output" });
  });

  it("evaluates a Condition and fails on a non-boolean with the rule's location", async () => {
    expect(await jsonataFlavour.condition({ Condition: "{% $states.input.a > 1 %}", Next: "N" }, 0, io({ a: 2 }), null)).toBe(true);
    const failure = jsonataFlavour.condition({ Condition: "{% 1 %}", Next: "N" }, 3, io({}), null);
    await expect(failure).rejects.toBeInstanceOf(QueryEvaluationError);
    await expect(jsonataFlavour.condition({ Condition: "{% 1 %}", Next: "N" }, 3, io({}), null)).rejects.toMatchObject({
      location: "Choices[3]/Condition",
    });
  });

  it("evaluates integer fields and rejects fractions", async () => {
    expect(await jsonataFlavour.number({ field: "TimeoutSeconds", value: "{% 2 + 3 %}", kind: "integer" }, io({}))).toBe(5);
    await expect(jsonataFlavour.number({ field: "TimeoutSeconds", value: "{% 1.5 %}", kind: "integer" }, io({}))).rejects.toThrow(
      "Expected 'integer'",
    );
  });

  it("fails a Map whose input is not an array when it has no Items", async () => {
    await expect(jsonataFlavour.items({}, io({ a: 1 }), null)).rejects.toThrow('Map state input must be an array but was: {"a":1}');
  });
});
