/**
 * Tests of JSONata evaluation: bindings, AWS's library changes, results turned into JSON, and AWS's
 * failure causes.
 */
import { evaluateJsonata } from "./evaluate-jsonata";
import { QueryEvaluationError } from "./query-evaluation-error";
import { failureOf, run } from "./testing/evaluate-output";
import { fixedScope } from "./testing/fixed-scope";

describe("evaluateJsonata", () => {
  const site = { stateName: "State_0", enteredEventId: 2, field: "Output/FunctionResult" };

  it("reads $states and workflow variables", async () => {
    const bindings = { states: { input: { a: 1 }, context: { State: { Name: "S" } }, result: [2] }, variables: { x: 40 } };
    expect(await evaluateJsonata("$states.input.a + $x + $states.result[0]", bindings, fixedScope(), site)).toBe(43);
    expect(await evaluateJsonata("$states.context.State.Name", bindings, fixedScope(), site)).toBe("S");
  });

  it("returns undefined for an expression that returns nothing", async () => {
    expect(await run("$states.input.missing")).toBeUndefined();
  });

  it("fails an unknown function with AWS's full cause, state and location", async () => {
    const bindings = { states: { input: { FunctionInput: { fst: "fst" } }, context: {} }, variables: {} };
    const error = await evaluateJsonata("$randomSeeded($states.input.FunctionInput.fst)", bindings, fixedScope(), site).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryEvaluationError);
    expect(error).toMatchObject({
      error: "States.QueryEvaluationError",
      cause:
        "An error occurred while executing the state 'State_0' (entered at the event id #2). The JSONata expression '$randomSeeded($states.input.FunctionInput.fst)' specified for the field 'Output/FunctionResult' threw an error during evaluation. T1006: Attempted to invoke a non-function",
      state: "State_0",
      location: "Output/FunctionResult",
    });
  });

  it("makes $eval unavailable, as AWS does", async () => {
    expect(await failureOf("$eval('1 + 1')")).toBe("threw an error during evaluation. T1006: Attempted to invoke a non-function");
  });

  it("keeps the rest of JSONata's library", async () => {
    expect(await run("$sum([1, 2]) & $uppercase('a')")).toBe("3A");
    expect(await run('$contains("hello$world", /^hello\\$/)')).toBe(true);
  });

  it("writes JSONata's code and message after a period", async () => {
    expect(await failureOf("$sum('a')")).toBe('threw an error during evaluation. T0412: Argument 1 of function "sum" must be an array of "numbers"');
  });

  it("rejects a function as a result", async () => {
    expect(await failureOf("function($x){$x}")).toBe("returned an unsupported result type.");
  });

  it("writes an infinite number as AWS does, as a string", async () => {
    expect(await run("[1/0]")).toEqual(["Infinity"]);
  });

  it("turns JSONata sequences into plain arrays", async () => {
    const value = await run("$states.input.items.n", { items: [{ n: 3 }, { n: 9 }] });
    expect(value).toEqual([3, 9]);
    expect(Object.keys(value as object)).toEqual(["0", "1"]);
  });

  it("lets a variable shadow a function name but never $states", async () => {
    const bindings = { states: { input: 1, context: {} }, variables: { states: 2, range: 3 } };
    expect(await evaluateJsonata("[$states.input, $range]", bindings, fixedScope(), site)).toEqual([1, 3]);
  });

  it("reports a syntax error that reached evaluation with its code", async () => {
    expect(await failureOf("1 +")).toBe("threw an error during evaluation. S0207: Unexpected end of expression");
  });
});
