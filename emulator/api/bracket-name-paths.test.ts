/** Tests of bracket-notation names with escaped quotes, backslashes and Java escapes in every path field, through the SDK. */
import { SFNClient, StartExecutionCommand, type HistoryEvent } from "@aws-sdk/client-sfn";
import { createMachine, failure, finalHistory, useTestEmulator } from "../testing/test-emulator";

// JSONPath names in brackets with escaped quotes and backslashes, in every field that takes a path,
// resolved as AWS's JSONPath library (Jayway) resolves them. The definitions are JSON, so `\\'` in this
// source is `\'` in the path.

let sfn: SFNClient;
useTestEmulator({}, (started) => ({ sfn } = started));

const INPUT = { "a'b": 1, 'a"b': 2, "a\\b": 3, "a\nb": 4, nested: { "c'd": true } };

async function run(definition: object): Promise<HistoryEvent> {
  const stateMachineArn = await createMachine(sfn, definition);
  const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn, input: JSON.stringify(INPUT) }));
  const events = await finalHistory(sfn, executionArn ?? "");
  return events[events.length - 1] as HistoryEvent;
}

async function output(definition: object): Promise<unknown> {
  const last = await run(definition);
  expect(last.type).toBe("ExecutionSucceeded");
  return JSON.parse(last.executionSucceededEventDetails?.output ?? "null");
}

const pass = (fields: object) => ({ StartAt: "P", States: { P: { Type: "Pass", End: true, ...fields } } });

describe("bracket-notation names with escapes", () => {
  it("selects with InputPath and OutputPath", async () => {
    expect(await output(pass({ InputPath: "$['a\\'b']" }))).toBe(1);
    expect(await output(pass({ InputPath: '$["a\\"b"]' }))).toBe(2);
    expect(await output(pass({ OutputPath: "$['a\\\\b']" }))).toBe(3);
    expect(await output(pass({ InputPath: "$['a\\nb']" }))).toBe(4);
  });

  it("selects in Parameters and ResultSelector", async () => {
    const parameters = { "q.$": "$['a\\'b']", "r.$": "$.nested['c\\'d']", "s.$": '$["a\\"b"]' };
    expect(await output(pass({ Parameters: parameters }))).toEqual({ q: 1, r: true, s: 2 });
    const definition = {
      StartAt: "Par",
      States: {
        Par: {
          Type: "Parallel",
          Branches: [{ StartAt: "B", States: { B: { Type: "Pass", End: true } } }],
          ResultSelector: { "v.$": "$[0]['a\\\\b']" },
          End: true,
        },
      },
    };
    expect(await output(definition)).toEqual({ v: 3 });
  });

  it("writes to the unescaped name with ResultPath", async () => {
    const result = await output(pass({ Result: "x", ResultPath: "$.nested['e\\'f\\\\g']" }));
    expect(result).toEqual({ ...INPUT, nested: { "c'd": true, "e'f\\g": "x" } });
  });

  it("tests the unescaped name in a Choice rule", async () => {
    const definition = {
      StartAt: "C",
      States: {
        C: { Type: "Choice", Choices: [{ Variable: '$["a\\"b"]', NumericEquals: 2, Next: "Yes" }], Default: "No" },
        Yes: { Type: "Pass", Result: "yes", End: true },
        No: { Type: "Pass", Result: "no", End: true },
      },
    };
    expect(await output(definition)).toBe("yes");
  });

  it("names a missing path with the bracket's quote and the unescaped name in the cause", async () => {
    const last = await run(pass({ InputPath: '$["z\\"q"]' }));
    expect(last.type).toBe("ExecutionFailed");
    expect(last.executionFailedEventDetails?.cause).toContain(`Invalid path '$["z\\"q"]' : No results for path: $["z"q"]`);
  });

  it("refuses a definition whose bracket names are not separated by a comma", async () => {
    const refused = await failure(createMachine(sfn, pass({ InputPath: "$['a' 'b']" })));
    expect(refused.name).toBe("InvalidDefinition");
  });
});
