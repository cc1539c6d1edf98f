/**
 * Tests of definition validation, field by field: the document, states, transitions, values, paths and
 * intrinsics, Task resources, EXPRESS rules, query languages, Choice rules and Map.
 */
import type { Json, JsonObject } from "../../../shared/json";
import { validateDefinition } from "./index";

function machine(states: JsonObject, extra: JsonObject = {}): string {
  const startAt = Object.keys(states)[0] ?? "A";
  return JSON.stringify({ StartAt: startAt, States: states, ...extra });
}

function problems(definition: string, type: "STANDARD" | "EXPRESS" = "STANDARD"): string[] {
  return validateDefinition(definition, { type }).map((d) => `${d.code}: ${d.message}${d.location === undefined ? "" : ` @ ${d.location}`}`);
}

function oneState(state: JsonObject, extra: JsonObject = {}): string[] {
  return problems(machine({ A: state }, extra));
}

const pass = (fields: JsonObject = {}): JsonObject => ({ Type: "Pass", End: true, ...fields });
const task = (fields: JsonObject = {}): JsonObject => ({ Type: "Task", Resource: "arn:aws:states:::lambda:invoke", End: true, ...fields });
const map = (fields: JsonObject = {}, processor: JsonObject = {}): JsonObject => ({
  Type: "Map",
  End: true,
  ItemProcessor: { StartAt: "P", States: { P: pass() }, ...processor },
  ...fields,
});

describe("validateDefinition: the document", () => {
  it("accepts a minimal machine, Comment and Version included", () => {
    expect(oneState(pass({ Comment: "x" }), { Comment: "c", Version: "1.0", TimeoutSeconds: 10 })).toEqual([]);
  });

  it("refuses blank text as not a JSON object", () => {
    expect(problems(" ")).toEqual(["SCHEMA_VALIDATION_FAILED: Definition must be a valid JSON object"]);
  });

  it("refuses JSON that is not an object", () => {
    expect(problems("[1]")).toEqual(["SCHEMA_VALIDATION_FAILED: Definition must be a valid JSON object"]);
  });

  it("reports a syntax error in the JSON parser's words and position", () => {
    const [diagnostic] = validateDefinition("not a definition", { type: "STANDARD" });
    expect(diagnostic).toEqual({
      severity: "ERROR",
      code: "INVALID_JSON_DESCRIPTION",
      location: '[Source: (String)"not a definition"; line: 1, column: 4]',
      message:
        "Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\n at [Source: (String)\"not a definition\"; line: 1, column: 4]",
    });
  });

  it("requires States and StartAt, in that order", () => {
    expect(problems("{}")).toEqual(["SCHEMA_VALIDATION_FAILED: These fields are required: [States, StartAt] @ /"]);
  });

  it("refuses an unknown top-level field", () => {
    expect(oneState(pass(), { Foo: 1 })).toEqual(["SCHEMA_VALIDATION_FAILED: Field 'Foo' is not supported @ /"]);
  });
});

describe("validateDefinition: states", () => {
  it("refuses an unknown state type with the list of types", () => {
    expect(oneState({ Type: "Nope", End: true })).toEqual([
      "SCHEMA_VALIDATION_FAILED: The field 'Type' should have one of these values: [Task, Wait, Pass, Succeed, Fail, Choice, Parallel, Map] @ /States/A/Type",
    ]);
  });

  it("refuses a state that is not an object", () => {
    expect(problems(machine({ A: pass(), QueryLanguage: "JSONata" }))).toContain("SCHEMA_VALIDATION_FAILED: Expected value of type: Object @ /States/QueryLanguage");
  });

  it("refuses a field the state type does not support", () => {
    expect(oneState(pass({ TimeoutSeconds: 5 }))).toEqual(["SCHEMA_VALIDATION_FAILED: Field 'TimeoutSeconds' is not supported @ /States/A"]);
    expect(oneState(pass({ Retry: [] }))).toEqual(["SCHEMA_VALIDATION_FAILED: Field 'Retry' is not supported @ /States/A"]);
  });

  it("requires a Task's Resource", () => {
    expect(oneState({ Type: "Task", End: true })).toEqual(["SCHEMA_VALIDATION_FAILED: These fields are required: [Resource] @ /States/A"]);
  });

  it("requires Next or End", () => {
    expect(oneState({ Type: "Pass" })).toContain("SCHEMA_VALIDATION_FAILED: Exactly one of these fields is required: [Next, End] @ /States/A");
  });

  it("refuses Next together with End", () => {
    expect(problems(machine({ A: pass({ Next: "B" }), B: pass() }))).toEqual([
      "SCHEMA_VALIDATION_FAILED: Only one of these fields can be present: [Next, End] @ /States/A",
    ]);
  });

  it("refuses a duplicate state name across scopes", () => {
    const parallel = { Type: "Parallel", End: true, Branches: [{ StartAt: "A", States: { A: pass() } }] };
    expect(problems(machine({ A: parallel }))).toEqual(["DUPLICATE_STATE_NAME: Duplicate State name: A @ /States/A/Branches[0]/States/A"]);
  });
});

describe("validateDefinition: transitions", () => {
  it("reports a missing Next target, then the unreachable state", () => {
    expect(problems(machine({ pass1: { Type: "Pass", Next: "pass3" }, pass2: pass() }))).toEqual([
      "MISSING_TRANSITION_TARGET: Missing 'Next' target: pass3 @ /States/pass1/Next",
      'MISSING_TRANSITION_TARGET: State "pass2" is not reachable. @ /States/pass2',
    ]);
  });

  it("reports a StartAt naming no state", () => {
    expect(problems(JSON.stringify({ StartAt: "X", States: { A: pass() } }))).toEqual(["MISSING_TRANSITION_TARGET: Missing 'Next' target: X @ /StartAt"]);
  });

  it("reports missing Choice, Default and Catch targets as 'Next' targets", () => {
    const choice = { Type: "Choice", Choices: [{ Variable: "$.x", IsPresent: true, Next: "X" }], Default: "Y" };
    const catcher = task({ Catch: [{ ErrorEquals: ["States.ALL"], Next: "Z" }] });
    expect(problems(machine({ C: choice, T: catcher }))).toEqual([
      "MISSING_TRANSITION_TARGET: Missing 'Next' target: X @ /States/C/Choices[0]/Next",
      "MISSING_TRANSITION_TARGET: Missing 'Next' target: Y @ /States/C/Default",
      "MISSING_TRANSITION_TARGET: Missing 'Next' target: Z @ /States/T/Catch[0]/Next",
      'MISSING_TRANSITION_TARGET: State "T" is not reachable. @ /States/T',
    ]);
  });

  it("reports a workflow with no terminal state, without location and without reachability", () => {
    expect(problems(machine({ A: { Type: "Pass", Next: "B" }, B: { Type: "Pass", Next: "A" }, C: { Type: "Pass", Next: "A" } }))).toEqual([
      "MISSING_END_STATE: Workflow has no terminal state",
    ]);
  });

  it("checks the transitions of a branch within the branch", () => {
    const parallel = { Type: "Parallel", End: true, Branches: [{ StartAt: "B", States: { B: { Type: "Pass", Next: "A" } } }] };
    expect(problems(machine({ A: parallel }))).toEqual([
      "MISSING_TRANSITION_TARGET: Missing 'Next' target: A @ /States/A/Branches[0]/States/B/Next",
      "MISSING_END_STATE: Workflow has no terminal state",
    ]);
  });
});

describe("validateDefinition: field values", () => {
  it("caps Wait Seconds", () => {
    expect(oneState({ Type: "Wait", Seconds: 100000000, End: true })).toEqual(["SCHEMA_VALIDATION_FAILED: Maximum value is 99999999 @ /States/A/Seconds"]);
  });

  it("requires exactly one way to wait", () => {
    expect(oneState({ Type: "Wait", Seconds: 1, SecondsPath: "$.s", End: true })).toEqual([
      "SCHEMA_VALIDATION_FAILED: Exactly one of these fields is required: [Seconds, SecondsPath, Timestamp, TimestampPath] @ /States/A",
    ]);
  });

  it.each(["2016-13-05T21:29:29Z", "05-12-2016T21:29:29Z", "2016-12-05 21:29:29Z", "2016-12-05T21:29:29", "{% '2016-03-14T01:59:00Z' %}"])(
    "refuses the timestamp %s under JSONPath",
    (timestamp) => {
      expect(oneState({ Type: "Wait", Timestamp: timestamp, End: true })).toEqual([
        "SCHEMA_VALIDATION_FAILED: String does not match RFC3339 timestamp @ /States/A/Timestamp",
      ]);
    },
  );

  it("accepts RFC 3339 timestamps with fractions and offsets", () => {
    expect(oneState({ Type: "Wait", Timestamp: "2024-02-29T23:59:59.123+05:30", End: true })).toEqual([]);
  });

  it("keeps Retry fields in range", () => {
    const retry = [{ ErrorEquals: ["States.ALL"], MaxAttempts: -1, BackoffRate: 0.5, IntervalSeconds: 0, JitterStrategy: "SOME" }];
    expect(oneState(task({ Retry: retry }))).toEqual([
      "SCHEMA_VALIDATION_FAILED: Minimum value is 1 @ /States/A/Retry[0]/IntervalSeconds",
      "SCHEMA_VALIDATION_FAILED: Minimum value is 0 @ /States/A/Retry[0]/MaxAttempts",
      "SCHEMA_VALIDATION_FAILED: Minimum value is 1 @ /States/A/Retry[0]/BackoffRate",
      "SCHEMA_VALIDATION_FAILED: The field 'JitterStrategy' should have one of these values: [FULL, NONE] @ /States/A/Retry[0]/JitterStrategy",
    ]);
  });

  it("requires States.ALL alone and last", () => {
    const retry = [{ ErrorEquals: ["States.ALL", "X"] }, { ErrorEquals: ["Y"] }];
    expect(oneState(task({ Retry: retry }))).toEqual([
      "SCHEMA_VALIDATION_FAILED: States.ALL must appear alone in the ErrorEquals array @ /States/A/Retry[0]/ErrorEquals",
      "SCHEMA_VALIDATION_FAILED: States.ALL must appear in the last Retrier @ /States/A/Retry[0]",
    ]);
  });

  it("refuses a heartbeat longer than the timeout", () => {
    expect(oneState(task({ TimeoutSeconds: 10, HeartbeatSeconds: 20 }))).toEqual([
      "SCHEMA_VALIDATION_FAILED: HeartbeatSeconds must not be greater than TimeoutSeconds @ /States/A/HeartbeatSeconds",
    ]);
  });

  it("refuses an empty Branches list", () => {
    expect(oneState({ Type: "Parallel", Branches: [], End: true })).toEqual(["SCHEMA_VALIDATION_FAILED: Value cannot be empty @ /States/A/Branches"]);
  });

  it("keeps ToleratedFailurePercentage within 0 to 100", () => {
    expect(oneState(map({ ToleratedFailurePercentage: 101 }))).toEqual(["SCHEMA_VALIDATION_FAILED: Maximum value is 100 @ /States/A/ToleratedFailurePercentage"]);
  });

  it("requires a role in Credentials", () => {
    expect(oneState(task({ Credentials: { Other: "x" } }))).toEqual([
      "SCHEMA_VALIDATION_FAILED: The field 'RoleArn' is required but was missing @ /States/A/Credentials",
    ]);
  });
});

describe("validateDefinition: paths and intrinsics", () => {
  it("refuses an OutputPath that is not a JSONPath", () => {
    expect(oneState(pass({ OutputPath: "Test" }))).toEqual(["SCHEMA_VALIDATION_FAILED: Value must be a valid JSONPath. @ /States/A/OutputPath"]);
  });

  it("refuses a ResultPath that is not a reference path", () => {
    expect(oneState(pass({ ResultPath: "$.a[*]" }))).toEqual(["SCHEMA_VALIDATION_FAILED: Value must be a valid JSONPath. @ /States/A/ResultPath"]);
  });

  it("accepts null paths, context paths and variables", () => {
    expect(oneState(pass({ InputPath: null, OutputPath: null, ResultPath: null, Parameters: { "a.$": "$$.Execution.Id", "b.$": "$x" } }))).toEqual([]);
  });

  it.each([
    ["a path that is not one", "foo"],
    ["an unknown intrinsic", "States.Default($.a, 1)"],
    ["an intrinsic with the wrong number of arguments", "States.MathAdd($.a)"],
    ["an escape intrinsics do not know", "States.Format('He said, \\\"Hello\\\"')"],
  ])("refuses %s in a .$ field, located at the template", (_what, value) => {
    expect(oneState(pass({ Parameters: { nested: { "parsed.$": value } } }))).toEqual([
      "SCHEMA_VALIDATION_FAILED: The value for the field 'parsed.$' must be a valid JSONPath or a valid intrinsic function call @ /States/A/Parameters",
    ]);
  });

  it("accepts nested intrinsic calls", () => {
    expect(oneState(pass({ Parameters: { "a.$": "States.Format('{}', States.ArrayLength(States.Array(1, 2)))" } }))).toEqual([]);
  });
});

describe("validateDefinition: Task resources", () => {
  it.each([
    "arn:aws:states:::lambda:invoke",
    "arn:aws:states:us-east-1:123456789012:lambda:invoke.waitForTaskToken",
    "arn:aws:states:::states:startExecution.sync:2",
    "arn:aws:states:::aws-sdk:bedrockagentruntime:invokeAgent",
    "arn:aws:states:::aws-sdk:s3:listBuckets.waitForTaskToken",
    "arn:aws:lambda:us-east-1:123456789012:function:fn:$LATEST",
    "arn:aws:states:us-east-1:123456789012:activity:work",
    "arn:aws-us-gov:states:::sqs:sendMessage",
    "arn:aws:states:::bedrockagentcore:invokeHarness",
  ])("accepts %s", (resource) => {
    expect(oneState(task({ Resource: resource }))).toEqual([]);
  });

  it.each(["arn:aws:states:::dynamodb:query", "arn:aws:states:::lambda:invoke.sync", "arn:aws:states:::bedrockagentcore:invokeHarness.sync", "arn:aws:states:::aws-sdk:s3:getObject.sync", "my_function"])(
    "refuses %s",
    (resource) => {
      expect(oneState(task({ Resource: resource }))).toEqual([
        `SCHEMA_VALIDATION_FAILED: The resource provided ${resource} is not recognized. The value is not a valid resource ARN, or the resource is not available in this region. @ /States/A/Resource`,
      ]);
    },
  );
});

describe("validateDefinition: EXPRESS workflows", () => {
  const express = (resource: string): string[] => problems(machine({ A: task({ Resource: resource }) }), "EXPRESS");

  it("refuses .sync", () => {
    expect(express("arn:aws:states:::states:startExecution.sync")).toEqual([
      "SCHEMA_VALIDATION_FAILED: Express state machine does not support '.sync' service integration  @ /States/A/Resource",
    ]);
  });

  it("refuses .waitForTaskToken", () => {
    expect(express("arn:aws:states:::sqs:sendMessage.waitForTaskToken")).toEqual([
      "SCHEMA_VALIDATION_FAILED: Express state machine does not support '.waitForTaskToken' service integration  @ /States/A/Resource",
    ]);
  });

  it("refuses activities", () => {
    expect(express("arn:aws:states:us-east-1:123456789012:activity:work")).toEqual([
      "SCHEMA_VALIDATION_FAILED: Express state machine does not support Activity ARN @ /States/A/Resource",
    ]);
  });

  it("accepts request-response integrations", () => {
    expect(express("arn:aws:states:::lambda:invoke")).toEqual([]);
  });
});

describe("validateDefinition: query languages", () => {
  it("refuses a JSONPath state in a JSONata machine", () => {
    expect(oneState(pass({ QueryLanguage: "JSONPath" }), { QueryLanguage: "JSONata" })).toEqual([
      "SCHEMA_VALIDATION_FAILED: 'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine @ /States/A",
    ]);
  });

  it("refuses a JSONata field in a JSONPath state", () => {
    expect(oneState(pass({ Output: "{% $states.input %}" }))).toEqual([
      "SCHEMA_VALIDATION_FAILED: The QueryLanguage is set to 'JSONPath', but field 'Output' is only supported for the 'JSONata' QueryLanguage @ /States/A",
    ]);
  });

  it("refuses a JSONPath field in a JSONata state", () => {
    expect(oneState(pass({ Parameters: {} }), { QueryLanguage: "JSONata" })).toEqual([
      "SCHEMA_VALIDATION_FAILED: The QueryLanguage is set to 'JSONata', but field 'Parameters' is only supported for the 'JSONPath' QueryLanguage @ /States/A",
    ]);
  });

  it("refuses a QueryLanguage on an ItemProcessor", () => {
    expect(oneState(map({}, { QueryLanguage: "JSONata" }))).toEqual(["SCHEMA_VALIDATION_FAILED: Field 'QueryLanguage' is not supported @ /States/A/ItemProcessor"]);
  });

  it("lets a state inside a JSONata Map use JSONPath in a JSONPath machine", () => {
    expect(oneState(map({ QueryLanguage: "JSONata" }, { States: { P: pass({ QueryLanguage: "JSONPath" }) } }))).toEqual([]);
  });

  it("reports a JSONata syntax error at the expression's own location", () => {
    expect(oneState(pass({ Output: { v: "{% 1 + %}" } }), { QueryLanguage: "JSONata" })).toEqual([
      "INVALID_JSONATA_EXPRESSION: Unexpected end of expression @ /States/A/Output/v",
    ]);
  });

  it("accepts JSONata written without spaces inside the delimiters", () => {
    expect(oneState(pass({ Output: "{%$states.input%}" }), { QueryLanguage: "JSONata" })).toEqual([]);
  });

  it("requires Condition in a JSONata choice rule and refuses Variable there", () => {
    const choice = { Type: "Choice", Choices: [{ Variable: "$.x", IsPresent: true, Next: "B" }], Default: "B" };
    expect(problems(machine({ A: choice, B: pass() }, { QueryLanguage: "JSONata" }))).toEqual([
      "SCHEMA_VALIDATION_FAILED: The QueryLanguage is set to 'JSONata', but field 'Variable' is only supported for the 'JSONPath' QueryLanguage @ /States/A/Choices[0]",
      "SCHEMA_VALIDATION_FAILED: The QueryLanguage is set to 'JSONata', but field 'IsPresent' is only supported for the 'JSONPath' QueryLanguage @ /States/A/Choices[0]",
    ]);
  });
});

describe("validateDefinition: Choice rules", () => {
  const choiceWith = (rule: Json): string[] => problems(machine({ A: { Type: "Choice", Choices: [rule], Default: "B" }, B: pass() }));

  it("requires Next on a top-level rule", () => {
    expect(choiceWith({ Variable: "$.x", StringEquals: "a" })).toEqual(["SCHEMA_VALIDATION_FAILED: These fields are required: [Next] @ /States/A/Choices[0]"]);
  });

  it("refuses Next on a nested rule", () => {
    expect(choiceWith({ Not: { Variable: "$.x", IsNull: true, Next: "B" }, Next: "B" })).toEqual([
      "SCHEMA_VALIDATION_FAILED: Field 'Next' is not supported @ /States/A/Choices[0]/Not",
    ]);
  });

  it("checks the operand type of a comparison", () => {
    expect(choiceWith({ Variable: "$.x", NumericEquals: "1", Next: "B" })).toEqual([
      "SCHEMA_VALIDATION_FAILED: Expected value of type: Number @ /States/A/Choices[0]/NumericEquals",
    ]);
  });

  it("requires RFC 3339 in timestamp comparisons", () => {
    expect(choiceWith({ Variable: "$.x", TimestampEquals: "yesterday", Next: "B" })).toEqual([
      "SCHEMA_VALIDATION_FAILED: String does not match RFC3339 timestamp @ /States/A/Choices[0]/TimestampEquals",
    ]);
  });

  it("refuses an empty And", () => {
    expect(choiceWith({ And: [], Next: "B" })).toEqual(["SCHEMA_VALIDATION_FAILED: Value cannot be empty @ /States/A/Choices[0]/And"]);
  });
});

describe("validateDefinition: Map", () => {
  it("requires an ItemProcessor", () => {
    expect(oneState({ Type: "Map", End: true })).toEqual(["SCHEMA_VALIDATION_FAILED: These fields are required: [ItemProcessor] @ /States/A"]);
  });

  it("accepts the deprecated Iterator and a state named Iterator", () => {
    expect(oneState({ Type: "Map", End: true, Iterator: { StartAt: "Iterator", States: { Iterator: pass() } } })).toEqual([]);
  });

  it("requires ExecutionType for a distributed Map", () => {
    expect(oneState(map({}, { ProcessorConfig: { Mode: "DISTRIBUTED" } }))).toEqual([
      "SCHEMA_VALIDATION_FAILED: These fields are required: [ExecutionType] @ /States/A/ItemProcessor/ProcessorConfig",
    ]);
  });

  it("refuses .sync inside an EXPRESS child workflow of a distributed Map", () => {
    const processor = { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "EXPRESS" }, States: { P: task({ Resource: "arn:aws:states:::ecs:runTask.sync" }) } };
    expect(oneState(map({}, processor))).toEqual([
      "SCHEMA_VALIDATION_FAILED: Express state machine does not support '.sync' service integration  @ /States/A/ItemProcessor/States/P/Resource",
    ]);
  });

  it("accepts MaxItems 0 and an S3 ItemReader", () => {
    const reader = { Resource: "arn:aws:states:::s3:getObject", ReaderConfig: { InputType: "JSON", MaxItems: 0 }, Parameters: { Bucket: "b", Key: "k" } };
    expect(oneState(map({ ItemReader: reader }, { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" } }))).toEqual([]);
  });

  it.each([
    ["", "Label cannot be empty"],
    ["label_:", "Label contains invalid character: ':'"],
    ["label_\n", "Label contains invalid character: '\\n'"],
    ["a".repeat(41), "Label cannot exceed 40 characters"],
  ])("refuses the Label %j", (label, message) => {
    expect(oneState(map({ Label: label }))).toEqual([`INVALID_LABEL_NAME: ${message} @ /States/A/Label`]);
  });
});
