/** Tests of typed JSONata fields: values of the right type pass, others and nothing fail in AWS's words. */
import type { Json } from "../../../shared/json";
import {
  evaluateJsonataArray,
  evaluateJsonataBoolean,
  evaluateJsonataInteger,
  evaluateJsonataNumber,
  evaluateJsonataString,
} from "./evaluate-jsonata-typed";
import { bindingsOf, fixedScope } from "./testing/fixed-scope";

const site = (field: string) => ({ stateName: "MapIterateState", enteredEventId: 4, field });
const prefix = "An error occurred while executing the state 'MapIterateState' (entered at the event id #4). ";

describe("evaluateJsonataArray", () => {
  const items = (expression: string, variables: Record<string, Json> = {}) =>
    evaluateJsonataArray(expression, bindingsOf({}, variables), fixedScope(), site("Items"));

  it("returns an array", async () => {
    expect(await items("[1, 'two', 3]")).toEqual([1, "two", 3]);
    expect(await items("[]")).toEqual([]);
  });

  it.each([
    ["1", "'number' for value: 1"],
    ["null", "'null' for value: null"],
    ["'string'", "'string' for value: \"string\""],
    ["{'foo': 'bar'}", "'object' for value: {\"foo\":\"bar\"}"],
    ["true", "'boolean' for value: true"],
  ])("rejects %s with AWS's cause", async (expression, actual) => {
    await expect(items(expression)).rejects.toMatchObject({
      cause: `${prefix}The JSONata expression '${expression}' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was ${actual}`,
      location: "Items",
    });
  });

  it("rejects a function with AWS's cause", async () => {
    await expect(items("$fn := function($x){$x}")).rejects.toMatchObject({
      cause: `${prefix}The JSONata expression '$fn := function($x){$x}' specified for the field 'Items' returned an unsupported result type.`,
    });
  });
});

describe("the other typed fields", () => {
  const bindings = bindingsOf({ n: 2, f: 1.5, s: "x", b: true });
  const scope = fixedScope();

  it("return values of the right type", async () => {
    expect(await evaluateJsonataInteger("$states.input.n", bindings, scope, site("Seconds"))).toBe(2);
    expect(await evaluateJsonataNumber("$states.input.f", bindings, scope, site("ToleratedFailurePercentage"))).toBe(1.5);
    expect(await evaluateJsonataString("$states.input.s", bindings, scope, site("Error"))).toBe("x");
    expect(await evaluateJsonataBoolean("$states.input.b", bindings, scope, site("Choices[0]/Condition"))).toBe(true);
  });

  it("reject values of the wrong type, naming the expected type", async () => {
    await expect(evaluateJsonataInteger("$states.input.f", bindings, scope, site("Seconds"))).rejects.toMatchObject({
      cause: `${prefix}The JSONata expression '$states.input.f' specified for the field 'Seconds' returned an unexpected result type. Expected 'integer', but was 'number' for value: 1.5`,
    });
    await expect(evaluateJsonataBoolean("$states.input.s", bindings, scope, site("Choices[0]/Condition"))).rejects.toMatchObject({
      location: "Choices[0]/Condition",
    });
    await expect(evaluateJsonataString("$states.input.n", bindings, scope, site("Cause"))).rejects.toMatchObject({ location: "Cause" });
  });

  it("reject nothing with AWS's cause", async () => {
    await expect(evaluateJsonataString("$states.input.none", bindings, scope, site("Error"))).rejects.toMatchObject({
      cause: `${prefix}The JSONata expression '$states.input.none' specified for the field 'Error' returned nothing (undefined).`,
    });
  });
});
