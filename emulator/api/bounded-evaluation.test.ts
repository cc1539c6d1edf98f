/**
 * Bounded evaluation: runaway JSONata, explosive JSONPath and overly deep JSON fail the task or
 * request, and other clients keep being answered.
 */
import {
  CreateStateMachineCommand,
  ListExecutionsCommand,
  ListStateMachinesCommand,
  SFNClient,
  StartExecutionCommand,
  TestStateCommand,
  ValidateStateMachineDefinitionCommand,
} from "@aws-sdk/client-sfn";
import type { Emulator } from "../index";
import { createMachine, failure, settledExecution, useTestEmulator } from "../testing/test-emulator";

const ROLE = "arn:aws:iam::123456789012:role/sfn-role";
const RUNAWAY = "{% ($f := function($n){ $f($n + 1) }; $f(0)) %}";
const FIB_35 = "{% ($fib := function($n){ $n < 2 ? $n : $fib($n - 1) + $fib($n - 2) }; $fib(35)) %}";

let sfn: SFNClient;
let emulator: Emulator;

useTestEmulator({}, (started) => ({ sfn, emulator } = started));

const nested = (depth: number, leaf = "0") => `${"[".repeat(depth)}${leaf}${"]".repeat(depth)}`;

/** A machine of `levels` Parallel states each holding the next, built as text (JSON.stringify would overflow). */
function nestedParallels(levels: number): string {
  let text = `{"Type":"Pass","End":true}`;
  for (let level = 0; level < levels; level += 1) {
    text = `{"Type":"Parallel","End":true,"Branches":[{"StartAt":"S${level}","States":{"S${level}":${text}}}]}`;
  }
  return `{"StartAt":"Top","States":{"Top":${text}}}`;
}

function testState(definition: object, input = "{}") {
  return sfn.send(new TestStateCommand({ roleArn: ROLE, definition: JSON.stringify(definition), input }));
}

/**
 * Runs `slow` and, while it is in flight, a GET /health and a ListStateMachines; resolves with
 * whether both were answered before `slow` settled, and what `slow` gave.
 */
async function answeredMeanwhile<T>(slow: Promise<T>): Promise<{ meanwhile: boolean; result: T }> {
  let settled = false;
  const tracked = slow.finally(() => (settled = true));
  const health = await fetch(`${emulator.url}/health`);
  await sfn.send(new ListStateMachinesCommand({}));
  const meanwhile = health.status === 200 && !settled;
  return { meanwhile, result: await tracked };
}

describe("bounded JSONata evaluation", () => {
  it("fails an endlessly recursive function in TestState with a cause naming the limit, answering other clients meanwhile", async () => {
    const { meanwhile, result } = await answeredMeanwhile(testState({ Type: "Pass", QueryLanguage: "JSONata", Output: RUNAWAY, End: true }));
    expect(meanwhile).toBe(true);
    expect(result.status).toBe("FAILED");
    expect(result.error).toBe("States.QueryEvaluationError");
    expect(result.cause).toMatch(/exceeded the evaluation budget: it ran for more than 1000 ms/);
  });

  it("fails a naive fib(35) in an execution, answering other clients while it runs", async () => {
    const arn = await createMachine(sfn, { QueryLanguage: "JSONata", StartAt: "Fib", States: { Fib: { Type: "Pass", Output: FIB_35, End: true } } });
    const started = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));
    const { meanwhile, result } = await answeredMeanwhile(settledExecution(sfn, started.executionArn as string, 30_000));
    expect(meanwhile).toBe(true);
    expect(result.status).toBe("FAILED");
    expect(result.error).toBe("States.QueryEvaluationError");
    expect(result.cause).toMatch(/specified for the field 'Output' exceeded the evaluation budget/);
  });

  it("still evaluates a reasonable recursive function", async () => {
    const fib15 = "{% ($fib := function($n){ $n < 2 ? $n : $fib($n - 1) + $fib($n - 2) }; $fib(15)) %}";
    const result = await testState({ Type: "Pass", QueryLanguage: "JSONata", Output: fib15, End: true });
    expect(result).toMatchObject({ status: "SUCCEEDED", output: "610" });
  });

  it("fails an expression that builds a result nested beyond 1000 levels", async () => {
    const deep = "{% ($f := function($n, $a){ $n = 0 ? $a : $f($n - 1, {\"a\": $a}) }; $f(1500, 0)) %}";
    const result = await testState({ Type: "Pass", QueryLanguage: "JSONata", Output: deep, End: true });
    expect(result.status).toBe("FAILED");
    expect(result.error).toBe("States.QueryEvaluationError");
    expect(result.cause).toMatch(/returned a result nested more than 1000 levels deep/);
  });
});

describe("bounded JSONPath evaluation", () => {
  it("fails chained descents that would visit millions of nodes with States.Runtime", async () => {
    const input = JSON.stringify(JSON.parse(nested(300)));
    const result = await testState({ Type: "Pass", Parameters: { "all.$": "$..*..*..*" }, End: true }, input);
    expect(result.status).toBe("FAILED");
    expect(result.error).toBe("States.Runtime");
    expect(result.cause).toMatch(/evaluation budget/);
  });

  it("answers $..* on input 300 levels deep", async () => {
    const result = await testState({ Type: "Pass", Parameters: { "all.$": "$..*" }, End: true }, nested(300));
    expect(result.status).toBe("SUCCEEDED");
  });
});

describe("depth limits on JSON", () => {
  it("rejects TestState input nested 3,000 and 10,000 levels with ValidationException", async () => {
    for (const depth of [3000, 10_000]) {
      const error = await failure(testState({ Type: "Pass", Parameters: { "all.$": "$..*" }, End: true }, nested(depth)));
      expect(error).toMatchObject({ name: "ValidationException", status: 400 });
      expect(error.message).toMatch(/nesting depth exceeds the maximum allowed \(1000\)/);
    }
  });

  it("rejects a definition with a Result nested 10,000 levels, in CreateStateMachine, ValidateStateMachineDefinition and TestState", async () => {
    const definition = `{"StartAt":"P","States":{"P":{"Type":"Pass","Result":${nested(10_000)},"End":true}}}`;
    const created = await failure(sfn.send(new CreateStateMachineCommand({ name: "deep-result", definition, roleArn: ROLE })));
    expect(created).toMatchObject({ name: "InvalidDefinition", status: 400 });
    expect(created.message).toMatch(/Document nesting depth \(1001\) exceeds the maximum allowed \(1000/);
    const validated = await sfn.send(new ValidateStateMachineDefinitionCommand({ definition }));
    expect(validated.result).toBe("FAIL");
    expect(validated.diagnostics?.[0]?.code).toBe("INVALID_JSON_DESCRIPTION");
    const tested = await failure(sfn.send(new TestStateCommand({ definition, roleArn: ROLE })));
    expect(tested).toMatchObject({ name: "InvalidDefinition", status: 400 });
  });

  it("rejects a Parallel nested 2,000 levels as InvalidDefinition", async () => {
    const definition = nestedParallels(2000);
    const error = await failure(sfn.send(new CreateStateMachineCommand({ name: "deep-parallel", definition, roleArn: ROLE })));
    expect(error).toMatchObject({ name: "InvalidDefinition", status: 400 });
  });

  it("accepts a Parallel nested 100 levels", async () => {
    const result = await sfn.send(new ValidateStateMachineDefinitionCommand({ definition: nestedParallels(100) }));
    expect(result.diagnostics).toEqual([]);
    expect(result.result).toBe("OK");
  });

  it("rejects StartExecution input nested 10,000 levels up front, leaving no execution behind", async () => {
    const arn = await createMachine(sfn, { StartAt: "P", States: { P: { Type: "Pass", End: true } } });
    const error = await failure(sfn.send(new StartExecutionCommand({ stateMachineArn: arn, input: nested(10_000) })));
    expect(error).toMatchObject({ name: "InvalidExecutionInput", status: 400 });
    const listed = await sfn.send(new ListExecutionsCommand({ stateMachineArn: arn }));
    expect(listed.executions).toEqual([]);
  });

  it("fails a state whose output would nest beyond 1000 levels with States.DataLimitExceeded", async () => {
    const arn = await createMachine(sfn, { StartAt: "Wrap", States: { Wrap: { Type: "Pass", Parameters: { a: { b: { "c.$": "$" } } }, End: true } } });
    const started = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, input: nested(999) }));
    const ended = await settledExecution(sfn, started.executionArn as string);
    expect(ended.status).toBe("FAILED");
    expect(ended.error).toBe("States.DataLimitExceeded");
    expect(ended.cause).toMatch(/nested more than 1000 levels deep/);
  });
});

describe("TestState payload limits", () => {
  it("fails an output over 256 KiB with States.DataLimitExceeded, as an execution does", async () => {
    const result = await testState({ Type: "Pass", QueryLanguage: "JSONata", Output: "{% $pad('', 300000, 'x') %}", End: true });
    expect(result.status).toBe("FAILED");
    expect(result.error).toBe("States.DataLimitExceeded");
  });
});

describe("deep values made at run time", () => {
  it("fails States.StringToJson and $parse of text nested beyond 1000 levels instead of overflowing", async () => {
    const input = JSON.stringify({ s: nested(5000) });
    const intrinsic = await testState({ Type: "Pass", Parameters: { "v.$": "States.StringToJson($.s)" }, End: true }, input);
    expect(intrinsic).toMatchObject({ status: "FAILED", error: "States.IntrinsicFailure" });
    const jsonata = await testState({ Type: "Pass", QueryLanguage: "JSONata", Output: "{% $parse($states.input.s) %}", End: true }, input);
    expect(jsonata).toMatchObject({ status: "FAILED", error: "States.QueryEvaluationError" });
    expect(jsonata.cause).toMatch(/nests JSON more than 1000 levels deep/);
  });
});
