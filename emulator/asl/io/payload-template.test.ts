/**
 * Tests of JSONPath payload templates: static values copied, `.$` paths and intrinsics evaluated, AWS's
 * cause on a miss.
 */
import type { Json } from "../../shared/json";
import { AslError } from "../errors/asl-error";
import type { EvaluationScope } from "./evaluation-scope";
import { evaluatePayloadTemplate } from "./payload-template";

function scope(input: Json): EvaluationScope {
  return {
    input,
    context: { Execution: { Name: "run-1" } },
    variables: { greeting: "hi" },
    random: () => 0,
    uuid: () => "u",
    now: () => 0,
  };
}

describe("evaluatePayloadTemplate", () => {
  it("copies static values, including false, 0, empty string and null", () => {
    const template: Json = { a: false, b: 0, c: "", d: null, e: [1, { f: "$.not.a.path" }] };
    expect(evaluatePayloadTemplate(template, scope({}))).toEqual(template);
  });

  it("evaluates .$ keys as paths against input, context and variables", () => {
    const template: Json = { "v.$": "$.x", "name.$": "$$.Execution.Name", "g.$": "$greeting", "all.$": "$" };
    expect(evaluatePayloadTemplate(template, scope({ x: [1] }))).toEqual({ v: [1], name: "run-1", g: "hi", all: { x: [1] } });
  });

  it("evaluates .$ keys holding intrinsic function calls", () => {
    expect(evaluatePayloadTemplate({ "s.$": "States.Format('{}-{}', $.a, $greeting)" }, scope({ a: 1 }))).toEqual({ s: "1-hi" });
  });

  it("evaluates templates nested in objects and arrays", () => {
    const template: Json = { outer: { "inner.$": "$.a" }, list: [{ "x.$": "$.a" }] };
    expect(evaluatePayloadTemplate(template, scope({ a: 2 }))).toEqual({ outer: { inner: 2 }, list: [{ x: 2 }] });
  });

  it("fails with AWS's cause when a path finds nothing", () => {
    expect(() => evaluatePayloadTemplate({ "value.$": "$.no_such_jsonpath" }, scope({ "int-literal": 0 }))).toThrow(
      new AslError(
        "States.Runtime",
        "The JSONPath '$.no_such_jsonpath' specified for the field 'value.$' could not be found in the input '{\"int-literal\":0}'",
      ),
    );
  });

  it("yields an empty array for an indefinite path that matches nothing", () => {
    expect(evaluatePayloadTemplate({ "item.$": "$.items[*].v" }, scope({}))).toEqual({ item: [] });
  });
});
