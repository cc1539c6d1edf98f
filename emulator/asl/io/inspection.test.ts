/**
 * Tests of TestState's inspection data: each pipeline step recorded in both query languages, the output
 * unchanged.
 */
import type { Json } from "../../shared/json";
import type { InspectionField } from "./inspection";
import { jsonataFlavour } from "./jsonata-flavour";
import { jsonPathFlavour } from "./jsonpath-flavour";
import type { StateIo } from "./query-flavour";

function inspectedIo(input: Json): { io: StateIo; recorded: Map<InspectionField, Json> } {
  const recorded = new Map<InspectionField, Json>();
  const io: StateIo = {
    scope: { input, context: {}, variables: {}, random: () => 0.5, uuid: () => "u", now: () => 0 },
    site: { stateName: "S", enteredEventId: 0 },
    inspect: { record: (field, value) => void recorded.set(field, value) },
  };
  return { io, recorded };
}

describe("inspection sink", () => {
  it("receives every JSONPath step from InputPath to ResultPath, with the same output as without it", async () => {
    const fields = { InputPath: "$.in", Parameters: { "p.$": "$.v" }, ResultSelector: { "s.$": "$.r" }, ResultPath: "$.out", OutputPath: "$.out" };
    const { io, recorded } = inspectedIo({ in: { v: 1 } });
    const effective = await jsonPathFlavour.effectiveInput(fields, io);
    const exit = await jsonPathFlavour.exit(fields, io, { value: { r: 2 }, isResult: true });
    expect(Object.fromEntries(recorded)).toEqual({
      afterInputPath: { v: 1 },
      afterParameters: { p: 1 },
      result: { r: 2 },
      afterResultSelector: { s: 2 },
      afterResultPath: { in: { v: 1 }, out: { s: 2 } },
    });
    const plain: StateIo = { scope: io.scope, site: io.site };
    expect(effective).toEqual(await jsonPathFlavour.effectiveInput(fields, plain));
    expect(exit).toEqual(await jsonPathFlavour.exit(fields, plain, { value: { r: 2 }, isResult: true }));
  });

  it("receives JSONata's Arguments and the result, and no result for result-less states", async () => {
    const { io, recorded } = inspectedIo({ a: 3 });
    await jsonataFlavour.effectiveInput({ Arguments: { b: "{% $states.input.a + 1 %}" } }, io);
    await jsonataFlavour.exit({}, io, { value: { c: 5 }, isResult: false });
    expect(Object.fromEntries(recorded)).toEqual({ afterArguments: { b: 4 } });
    await jsonataFlavour.exit({}, io, { value: { c: 5 }, isResult: true });
    expect(recorded.get("result")).toEqual({ c: 5 });
  });
});
