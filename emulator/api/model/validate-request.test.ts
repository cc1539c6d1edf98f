/**
 * Request validation as AWS words it: required and unknown members, JSON types, enums, lengths,
 * ranges, patterns and sensitive members.
 */
import type { OperationName } from "./operation-names";
import { OPERATION_NAMES } from "./operation-names";
import { validateRequest, validationMessage } from "./validate-request";

const ARN = "arn:aws:states:us-east-1:111111111111:stateMachine:sm";
const notNull = (path: string): string => `Value null at '${path}' failed to satisfy constraint: Member must not be null`;
const sensitiveNotNull = (path: string): string => `Value at '${path}' failed to satisfy constraint: Member must not be null`;

function messageOf(operation: OperationName, body: unknown): string | undefined {
  return validateRequest(operation, body)?.message;
}

function errorOf(operation: OperationName, body: unknown): { code: string; message: string } | undefined {
  const error = validateRequest(operation, body);
  return error === undefined ? undefined : { code: error.code, message: error.message };
}

describe("required members", () => {
  const required: Record<OperationName, readonly string[]> = {
    CreateActivity: [notNull("name")],
    CreateStateMachine: [notNull("roleArn"), notNull("name"), sensitiveNotNull("definition")],
    CreateStateMachineAlias: [notNull("routingConfiguration"), notNull("name")],
    DeleteActivity: [notNull("activityArn")],
    DeleteStateMachine: [notNull("stateMachineArn")],
    DeleteStateMachineAlias: [notNull("stateMachineAliasArn")],
    DeleteStateMachineVersion: [notNull("stateMachineVersionArn")],
    DescribeActivity: [notNull("activityArn")],
    DescribeExecution: [notNull("executionArn")],
    DescribeMapRun: [notNull("mapRunArn")],
    DescribeStateMachine: [notNull("stateMachineArn")],
    DescribeStateMachineAlias: [notNull("stateMachineAliasArn")],
    DescribeStateMachineForExecution: [notNull("executionArn")],
    GetActivityTask: [notNull("activityArn")],
    GetExecutionHistory: [notNull("executionArn")],
    ListActivities: [],
    ListExecutions: [],
    ListMapRuns: [notNull("executionArn")],
    ListStateMachineAliases: [notNull("stateMachineArn")],
    ListStateMachineVersions: [notNull("stateMachineArn")],
    ListStateMachines: [],
    ListTagsForResource: [notNull("resourceArn")],
    PublishStateMachineVersion: [notNull("stateMachineArn")],
    RedriveExecution: [notNull("executionArn")],
    SendTaskFailure: [notNull("taskToken")],
    SendTaskHeartbeat: [notNull("taskToken")],
    SendTaskSuccess: [sensitiveNotNull("output"), notNull("taskToken")],
    StartExecution: [notNull("stateMachineArn")],
    StartSyncExecution: [notNull("stateMachineArn")],
    StopExecution: [notNull("executionArn")],
    TagResource: [notNull("resourceArn"), notNull("tags")],
    TestState: [sensitiveNotNull("definition")],
    UntagResource: [notNull("tagKeys"), notNull("resourceArn")],
    UpdateMapRun: [notNull("mapRunArn")],
    UpdateStateMachine: [notNull("stateMachineArn")],
    UpdateStateMachineAlias: [notNull("stateMachineAliasArn")],
    ValidateStateMachineDefinition: [sensitiveNotNull("definition")],
  };

  it.each(OPERATION_NAMES.map((operation) => [operation, required[operation]] as const))("%s lists every missing required member", (operation, violations) => {
    const expected = violations.length === 0 ? undefined : { code: "ValidationException", message: validationMessage(violations) };
    expect(errorOf(operation, {})).toEqual(expected);
  });

  it("treats a null member as missing", () => {
    expect(messageOf("StartExecution", { stateMachineArn: null })).toBe(
      "1 validation error detected: Value null at 'stateMachineArn' failed to satisfy constraint: Member must not be null",
    );
    expect(messageOf("StartExecution", { stateMachineArn: ARN, name: null, input: null })).toBeUndefined();
  });

  it("checks required members of structures inside lists, with 1-based member paths", () => {
    expect(messageOf("CreateStateMachineAlias", { name: "live", routingConfiguration: [{ stateMachineVersionArn: `${ARN}:1`, weight: 100 }, {}] })).toBe(
      `2 validation errors detected: ${notNull("routingConfiguration.2.member.stateMachineVersionArn")}; ${notNull("routingConfiguration.2.member.weight")}`,
    );
  });

  it("checks required members of nested structures", () => {
    expect(messageOf("CreateActivity", { name: "a", encryptionConfiguration: { kmsKeyId: "k" } })).toBe(
      `1 validation error detected: ${notNull("encryptionConfiguration.type")}`,
    );
  });
});

describe("unknown members", () => {
  it("are ignored, whatever their type", () => {
    expect(validateRequest("ListStateMachines", { unknownMember: 1, another: { deep: [true] } })).toBeUndefined();
    expect(validateRequest("StartExecution", { stateMachineArn: ARN, StateMachineArn: 5 })).toBeUndefined();
  });

  it("include names of JavaScript object properties, which are unknown like any other", () => {
    const body: unknown = JSON.parse('{"stateMachineArn": "arn", "__proto__": 1, "constructor": [], "toString": {}, "hasOwnProperty": true}');
    expect(validateRequest("StartExecution", body)).toBeUndefined();
  });
});

describe("JSON types", () => {
  it.each([
    ["a number for a string", "StartExecution", { stateMachineArn: 1 }, "NUMBER_VALUE can not be converted to a String"],
    ["a decimal for a string", "StartExecution", { stateMachineArn: 1.5 }, "DECIMAL_VALUE can not be converted to a String"],
    ["true for a string", "StartExecution", { stateMachineArn: true }, "TRUE_VALUE can not be converted to a String"],
    ["false for a string", "StartExecution", { stateMachineArn: false }, "FALSE_VALUE can not be converted to a String"],
    ["a list for a string", "StartExecution", { stateMachineArn: [ARN] }, "Start of list found where not expected"],
    ["an object for a string", "StartExecution", { stateMachineArn: { arn: ARN } }, "Start of structure or map found where not expected."],
    ["a string for an integer", "ListStateMachines", { maxResults: "10" }, "STRING_VALUE can not be converted to an Integer"],
    ["true for an integer", "ListStateMachines", { maxResults: true }, "TRUE_VALUE can not be converted to an Integer"],
    ["a list for an integer", "ListStateMachines", { maxResults: [1] }, "Start of list found where not expected"],
    ["an object for an integer", "ListStateMachines", { maxResults: { a: 1 } }, "Start of structure or map found where not expected."],
    ["a string for a long", "UpdateMapRun", { mapRunArn: ARN, toleratedFailureCount: "1" }, "STRING_VALUE can not be converted to a Long"],
    ["a string for a float", "UpdateMapRun", { mapRunArn: ARN, toleratedFailurePercentage: "1" }, "STRING_VALUE can not be converted to a Float"],
    ["a string for a boolean", "GetExecutionHistory", { executionArn: ARN, reverseOrder: "true" }, "STRING_VALUE can not be converted to a Boolean"],
    ["a number for a boolean", "GetExecutionHistory", { executionArn: ARN, reverseOrder: 1 }, "NUMBER_VALUE can not be converted to a Boolean"],
    ["a string for a list", "UntagResource", { resourceArn: ARN, tagKeys: "k" }, "Expected list or null"],
    ["an object for a list", "UntagResource", { resourceArn: ARN, tagKeys: { k: 1 } }, "Start of structure or map found where not expected."],
    ["a number inside a list of strings", "UntagResource", { resourceArn: ARN, tagKeys: ["k", 2] }, "NUMBER_VALUE can not be converted to a String"],
    ["a string for a structure", "CreateStateMachine", { tracingConfiguration: "on" }, "Expected null"],
    ["a list for a structure", "CreateStateMachine", { tracingConfiguration: [] }, "Start of list found where not expected"],
    ["a wrong type deep inside", "CreateStateMachine", { loggingConfiguration: { destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: 7 } }] } }, "NUMBER_VALUE can not be converted to a String"],
  ] as const)("answers %s with a SerializationException", (_case, operation, body, message) => {
    expect(errorOf(operation, body)).toEqual({ code: "SerializationException", message });
  });

  it("reports only the first mismatch in document order, before any constraint", () => {
    expect(messageOf("ListExecutions", { maxResults: 5000, nextToken: 1, statusFilter: true })).toBe("NUMBER_VALUE can not be converted to a String");
    expect(messageOf("ListExecutions", { statusFilter: true, nextToken: 1 })).toBe("TRUE_VALUE can not be converted to a String");
    expect(messageOf("CreateStateMachine", { publish: "yes" })).toBe("STRING_VALUE can not be converted to a Boolean");
  });

  it("answers a body that is a list with a SerializationException", () => {
    expect(errorOf("ListActivities", [])).toEqual({ code: "SerializationException", message: "Start of list found where not expected" });
  });

  it.each([null, "text", 3, true])("answers the body %j with a SerializationException without a message", (body) => {
    expect(errorOf("ListActivities", body)).toEqual({ code: "SerializationException", message: "" });
  });
});

describe("enum members", () => {
  it.each([
    ["ListExecutions", { statusFilter: "x" }, "statusFilter", "[SUCCEEDED, TIMED_OUT, PENDING_REDRIVE, ABORTED, FAILED, RUNNING]"],
    ["ListExecutions", { redriveFilter: "x" }, "redriveFilter", "[NOT_REDRIVEN, REDRIVEN]"],
    ["DescribeExecution", { executionArn: ARN, includedData: "x" }, "includedData", "[ALL_DATA, METADATA_ONLY]"],
    ["DescribeStateMachine", { stateMachineArn: ARN, includedData: "x" }, "includedData", "[ALL_DATA, METADATA_ONLY]"],
    ["DescribeStateMachineForExecution", { executionArn: ARN, includedData: "x" }, "includedData", "[ALL_DATA, METADATA_ONLY]"],
    ["StartSyncExecution", { stateMachineArn: ARN, includedData: "x" }, "includedData", "[ALL_DATA, METADATA_ONLY]"],
    ["CreateStateMachine", { name: "n", definition: "{}", roleArn: ARN, type: "x" }, "type", "[EXPRESS, STANDARD]"],
    ["CreateStateMachine", { name: "n", definition: "{}", roleArn: ARN, loggingConfiguration: { level: "x" } }, "loggingConfiguration.level", "[ALL, FATAL, ERROR, OFF]"],
    ["CreateActivity", { name: "n", encryptionConfiguration: { type: "x" } }, "encryptionConfiguration.type", "[AWS_OWNED_KEY, CUSTOMER_MANAGED_KMS_KEY]"],
    ["TestState", { definition: "{}", inspectionLevel: "x" }, "inspectionLevel", "[TRACE, INFO, DEBUG]"],
    ["TestState", { definition: "{}", mock: { fieldValidationMode: "x" } }, "mock.fieldValidationMode", "[STRICT, NONE, PRESENT]"],
    ["ValidateStateMachineDefinition", { definition: "{}", severity: "x" }, "severity", "[ERROR, WARNING]"],
    ["ValidateStateMachineDefinition", { definition: "{}", type: "x" }, "type", "[EXPRESS, STANDARD]"],
  ] as const)("%s refuses a value outside %j's enum", (operation, body, path, set) => {
    expect(messageOf(operation, body)).toBe(
      `1 validation error detected: Value 'x' at '${path}' failed to satisfy constraint: Member must satisfy enum value set: ${set}`,
    );
  });

  it("is case-sensitive, as in the recorded AWS answer", () => {
    expect(messageOf("ListExecutions", { statusFilter: "succeeded" })).toBe(
      "1 validation error detected: Value 'succeeded' at 'statusFilter' failed to satisfy constraint: " +
        "Member must satisfy enum value set: [SUCCEEDED, TIMED_OUT, PENDING_REDRIVE, ABORTED, FAILED, RUNNING]",
    );
  });

  it("accepts every value of the enum", () => {
    for (const status of ["RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE"]) {
      expect(validateRequest("ListExecutions", { statusFilter: status })).toBeUndefined();
    }
  });
});

describe("length constraints", () => {
  const tooLong = (length: number): string => "a".repeat(length);

  it.each([
    ["CreateActivity", { name: tooLong(81) }, `Value '${tooLong(81)}' at 'name' failed to satisfy constraint: Member must have length less than or equal to 80`],
    ["CreateActivity", { name: "" }, "Value '' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 1"],
    ["DescribeStateMachine", { stateMachineArn: tooLong(257) }, `Value '${tooLong(257)}' at 'stateMachineArn' failed to satisfy constraint: Member must have length less than or equal to 256`],
    ["DescribeStateMachine", { stateMachineArn: "" }, "Value '' at 'stateMachineArn' failed to satisfy constraint: Member must have length greater than or equal to 1"],
    ["DeleteStateMachineVersion", { stateMachineVersionArn: tooLong(2001) }, `Value '${tooLong(2001)}' at 'stateMachineVersionArn' failed to satisfy constraint: Member must have length less than or equal to 2000`],
    ["ListStateMachines", { nextToken: tooLong(1025) }, `Value '${tooLong(1025)}' at 'nextToken' failed to satisfy constraint: Member must have length less than or equal to 1024`],
    ["ListExecutions", { nextToken: tooLong(3097) }, `Value '${tooLong(3097)}' at 'nextToken' failed to satisfy constraint: Member must have length less than or equal to 3096`],
    ["ListExecutions", { nextToken: "" }, "Value '' at 'nextToken' failed to satisfy constraint: Member must have length greater than or equal to 1"],
    ["SendTaskHeartbeat", { taskToken: tooLong(2049) }, `Value '${tooLong(2049)}' at 'taskToken' failed to satisfy constraint: Member must have length less than or equal to 2048`],
    ["GetActivityTask", { activityArn: ARN, workerName: tooLong(81) }, `Value '${tooLong(81)}' at 'workerName' failed to satisfy constraint: Member must have length less than or equal to 80`],
    ["TagResource", { resourceArn: ARN, tags: [{ key: "", value: tooLong(257) }] }, `Value '${tooLong(257)}' at 'tags.1.member.value' failed to satisfy constraint: Member must have length less than or equal to 256; Value '' at 'tags.1.member.key' failed to satisfy constraint: Member must have length greater than or equal to 1`],
    ["UntagResource", { resourceArn: ARN, tagKeys: ["ok", tooLong(129)] }, `Value '${tooLong(129)}' at 'tagKeys.2.member' failed to satisfy constraint: Member must have length less than or equal to 128`],
    ["StartExecution", { stateMachineArn: ARN, traceHeader: tooLong(257) }, `Value '${tooLong(257)}' at 'traceHeader' failed to satisfy constraint: Member must have length less than or equal to 256`],
    ["CreateActivity", { name: "a", encryptionConfiguration: { type: "CUSTOMER_MANAGED_KMS_KEY", kmsKeyId: tooLong(2049) } }, `Value '${tooLong(2049)}' at 'encryptionConfiguration.kmsKeyId' failed to satisfy constraint: Member must have length less than or equal to 2048`],
  ] as const)("%s refuses %j", (operation, body, violation) => {
    const count = violation.split("; ").length;
    expect(errorOf(operation, body)).toEqual({ code: "ValidationException", message: `${count} validation error${count === 1 ? "" : "s"} detected: ${violation}` });
  });

  it("accepts lengths at the limits", () => {
    expect(validateRequest("CreateActivity", { name: tooLong(80) })).toBeUndefined();
    expect(validateRequest("ListExecutions", { nextToken: tooLong(3096) })).toBeUndefined();
    expect(validateRequest("TagResource", { resourceArn: ARN, tags: [{ key: "k", value: "" }] })).toBeUndefined();
  });

  it("prints a too-long list of structures as Java's toString of its items", () => {
    const route = (version: number, weight: number): object => ({ stateMachineVersionArn: `${ARN}:${version}`, weight });
    expect(messageOf("CreateStateMachineAlias", { name: "live", routingConfiguration: [route(1, 50), route(2, 30), route(3, 20)] })).toBe(
      `1 validation error detected: Value '[RoutingConfigurationListItem(stateMachineVersionArn=${ARN}:1, weight=50), ` +
        `RoutingConfigurationListItem(stateMachineVersionArn=${ARN}:2, weight=30), RoutingConfigurationListItem(stateMachineVersionArn=${ARN}:3, weight=20)]' ` +
        "at 'routingConfiguration' failed to satisfy constraint: Member must have length less than or equal to 2",
    );
    expect(messageOf("UpdateStateMachineAlias", { stateMachineAliasArn: `${ARN}:live`, routingConfiguration: [] })).toBe(
      "1 validation error detected: Value '[]' at 'routingConfiguration' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });
});

describe("sensitive members", () => {
  it("leave the value out of the message", () => {
    expect(messageOf("StopExecution", { executionArn: ARN, error: "e".repeat(257) })).toBe(
      "1 validation error detected: Value at 'error' failed to satisfy constraint: Member must have length less than or equal to 256",
    );
    expect(messageOf("SendTaskFailure", { taskToken: "t", cause: "c".repeat(32769) })).toBe(
      "1 validation error detected: Value at 'cause' failed to satisfy constraint: Member must have length less than or equal to 32768",
    );
    expect(messageOf("CreateStateMachine", { name: "n", definition: "", roleArn: ARN })).toBe(
      "1 validation error detected: Value at 'definition' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
    expect(messageOf("PublishStateMachineVersion", { stateMachineArn: ARN, description: "d".repeat(257) })).toBe(
      "1 validation error detected: Value at 'description' failed to satisfy constraint: Member must have length less than or equal to 256",
    );
    expect(messageOf("TestState", { definition: "{}", stateName: "" })).toBe(
      "1 validation error detected: Value at 'stateName' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it("measure execution payloads in UTF-8 bytes", () => {
    const payload = `"${"é".repeat(131072)}"`; // 131,074 characters, 262,146 bytes
    const sizeMessage = (path: string): string =>
      `1 validation error detected: Value at '${path}' failed to satisfy constraint: Member must have size less than or equal to 262144 bytes in UTF-8 encoding`;
    expect(messageOf("StartExecution", { stateMachineArn: ARN, input: payload })).toBe(sizeMessage("input"));
    expect(messageOf("StartSyncExecution", { stateMachineArn: ARN, input: payload })).toBe(sizeMessage("input"));
    expect(messageOf("SendTaskSuccess", { taskToken: "t", output: payload })).toBe(sizeMessage("output"));
    expect(messageOf("TestState", { definition: "{}", mock: { result: payload } })).toBe(sizeMessage("mock.result"));
    expect(validateRequest("StartExecution", { stateMachineArn: ARN, input: "a".repeat(262144) })).toBeUndefined();
  });
});

describe("range constraints", () => {
  it.each([
    ["ListExecutions", { maxResults: 1001 }, "Value '1001' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000"],
    ["ListActivities", { maxResults: -1 }, "Value '-1' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 0"],
    ["ValidateStateMachineDefinition", { definition: "{}", maxResults: 101 }, "Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100"],
    ["CreateStateMachineAlias", { name: "live", routingConfiguration: [{ stateMachineVersionArn: `${ARN}:1`, weight: 101 }] }, "Value '101' at 'routingConfiguration.1.member.weight' failed to satisfy constraint: Member must have value less than or equal to 100"],
    ["CreateActivity", { name: "a", encryptionConfiguration: { type: "AWS_OWNED_KEY", kmsDataKeyReusePeriodSeconds: 59 } }, "Value '59' at 'encryptionConfiguration.kmsDataKeyReusePeriodSeconds' failed to satisfy constraint: Member must have value greater than or equal to 60"],
    ["UpdateMapRun", { mapRunArn: ARN, maxConcurrency: -1 }, "Value '-1' at 'maxConcurrency' failed to satisfy constraint: Member must have value greater than or equal to 0"],
    ["UpdateMapRun", { mapRunArn: ARN, toleratedFailurePercentage: 100.5 }, "Value '100.5' at 'toleratedFailurePercentage' failed to satisfy constraint: Member must have value less than or equal to 100"],
    ["UpdateMapRun", { mapRunArn: ARN, toleratedFailurePercentage: 101 }, "Value '101.0' at 'toleratedFailurePercentage' failed to satisfy constraint: Member must have value less than or equal to 100"],
    ["UpdateMapRun", { mapRunArn: ARN, toleratedFailureCount: -2 }, "Value '-2' at 'toleratedFailureCount' failed to satisfy constraint: Member must have value greater than or equal to 0"],
    // Java cannot hold this in an int, and AWS leaves the value out.
    ["ListExecutions", { maxResults: 99999999999 }, "Value at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000"],
  ] as const)("%s refuses %j", (operation, body, violation) => {
    expect(messageOf(operation, body)).toBe(`1 validation error detected: ${violation}`);
  });

  it("accepts values at the limits", () => {
    expect(validateRequest("ListExecutions", { maxResults: 1000 })).toBeUndefined();
    expect(validateRequest("ListExecutions", { maxResults: 0 })).toBeUndefined();
    expect(validateRequest("UpdateMapRun", { mapRunArn: ARN, toleratedFailurePercentage: 100, toleratedFailureCount: 0 })).toBeUndefined();
  });
});

describe("pattern constraints", () => {
  const ALIAS_PATTERN = "^(?=.*[a-zA-Z_\\-\\.])[a-zA-Z0-9_\\-\\.]+$";

  it.each(["123", "INVALID ALIAS", "!INVALID", "ALIAS@"])("refuses the alias name %j in AWS's words", (name) => {
    expect(messageOf("CreateStateMachineAlias", { name, routingConfiguration: [{ stateMachineVersionArn: `${ARN}:1`, weight: 100 }] })).toBe(
      `1 validation error detected: Value '${name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: ${ALIAS_PATTERN}`,
    );
  });

  it("accepts alias names with a letter, underscore, dash or dot", () => {
    for (const name of ["live", "v1.2", "_1", "-", "PROD-2"]) {
      expect(validateRequest("CreateStateMachineAlias", { name, routingConfiguration: [{ stateMachineVersionArn: `${ARN}:1`, weight: 100 }] })).toBeUndefined();
    }
  });

  it("reports both the length and the pattern of an empty alias name", () => {
    expect(messageOf("CreateStateMachineAlias", { name: "", routingConfiguration: [{ stateMachineVersionArn: `${ARN}:1`, weight: 100 }] })).toBe(
      "2 validation errors detected: Value '' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
        `Value '' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: ${ALIAS_PATTERN}`,
    );
  });

  it("requires printable ASCII in a redrive client token and ASCII in a trace header", () => {
    expect(messageOf("RedriveExecution", { executionArn: ARN, clientToken: "a b" })).toBe(
      "1 validation error detected: Value 'a b' at 'clientToken' failed to satisfy constraint: Member must satisfy regular expression pattern: [!-~]+",
    );
    expect(messageOf("StartExecution", { stateMachineArn: ARN, traceHeader: "Root=é" })).toBe(
      "1 validation error detected: Value 'Root=é' at 'traceHeader' failed to satisfy constraint: Member must satisfy regular expression pattern: \\p{ASCII}*",
    );
    expect(validateRequest("StartExecution", { stateMachineArn: ARN, traceHeader: "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1" })).toBeUndefined();
  });
});

describe("several violations", () => {
  // Member order is a Java HashSet's: OpenJDK 17 iterates these members as
  // includeExecutionData, executionArn, maxResults, reverseOrder, nextToken.
  it("are counted, listed in Java hash order of the member names and joined with semicolons", () => {
    expect(messageOf("GetExecutionHistory", { nextToken: "", maxResults: 1001, executionArn: "" })).toBe(
      "3 validation errors detected: " +
        "Value '' at 'executionArn' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
        "Value '1001' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000; " +
        "Value '' at 'nextToken' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });
});
