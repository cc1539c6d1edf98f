/**
 * Java's hash orders, which AWS lists validation errors and enum values in: String.hashCode, enum set
 * order and HashMap order.
 */
import { awsEnumSetOrder, javaHashMapOrder, javaStringHash } from "./java-hash-order";

describe("javaStringHash", () => {
  it("computes Java's String.hashCode as an unsigned integer", () => {
    expect(javaStringHash("")).toBe(0);
    expect(javaStringHash("a")).toBe(97);
    expect(javaStringHash("hello")).toBe(99162322);
    // "polygenelubricants".hashCode() is Integer.MIN_VALUE.
    expect(javaStringHash("polygenelubricants")).toBe(2 ** 31);
  });
});

describe("awsEnumSetOrder", () => {
  // Each pair: the model's order, then the order AWS printed in a ValidationException.
  it.each([
    ["Step Functions ExecutionStatus", ["RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED", "PENDING_REDRIVE"], ["SUCCEEDED", "TIMED_OUT", "PENDING_REDRIVE", "ABORTED", "FAILED", "RUNNING"]],
    ["DynamoDB StreamViewType", ["NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"], ["OLD_IMAGE", "KEYS_ONLY", "NEW_AND_OLD_IMAGES", "NEW_IMAGE"]],
    ["DynamoDB ReturnConsumedCapacity", ["INDEXES", "TOTAL", "NONE"], ["INDEXES", "TOTAL", "NONE"]],
    ["DynamoDB BillingMode", ["PROVISIONED", "PAY_PER_REQUEST"], ["PROVISIONED", "PAY_PER_REQUEST"]],
    ["DynamoDB ContributorInsightsMode", ["ACCESSED_AND_THROTTLED_KEYS", "THROTTLED_KEYS"], ["THROTTLED_KEYS", "ACCESSED_AND_THROTTLED_KEYS"]],
    ["Cognito UserPoolMfaType", ["OFF", "ON", "OPTIONAL"], ["OPTIONAL", "OFF", "ON"]],
    ["Lambda LogType", ["None", "Tail"], ["Tail", "None"]],
  ])("orders %s as AWS printed it", (_name, model, printed) => {
    expect(awsEnumSetOrder(model)).toEqual(printed);
  });
});

describe("javaHashMapOrder", () => {
  // Measured DynamoDB messages listing two violations of one structure or one member.
  it.each([
    [["attributeName", "attributeType"], ["attributeType", "attributeName"]],
    [["attributeName", "keyType"], ["attributeName", "keyType"]],
    [["readCapacityUnits", "writeCapacityUnits"], ["writeCapacityUnits", "readCapacityUnits"]],
    [["indexName", "keySchema", "projection"], ["indexName", "keySchema", "projection"]],
    [
      [
        "Value '' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
        "Value '' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
      ],
      [
        "Value '' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3",
        "Value '' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
      ],
    ],
    [
      [
        "Value '' at 'backupName' failed to satisfy constraint: Member must have length greater than or equal to 3",
        "Value '' at 'backupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
      ],
      [
        "Value '' at 'backupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
        "Value '' at 'backupName' failed to satisfy constraint: Member must have length greater than or equal to 3",
      ],
    ],
  ])("orders %j as AWS listed them", (inserted, listed) => {
    expect(javaHashMapOrder(inserted)).toEqual(listed);
    expect(javaHashMapOrder([...inserted].reverse())).toEqual(listed);
  });

  // Iteration orders printed by OpenJDK 17 for `new HashSet<>()` filled in the given order.
  it.each([
    [
      ["definition", "roleArn", "name", "type", "loggingConfiguration", "tags", "tracingConfiguration", "publish", "versionDescription", "encryptionConfiguration"],
      ["versionDescription", "tracingConfiguration", "roleArn", "publish", "name", "encryptionConfiguration", "definition", "type", "loggingConfiguration", "tags"],
    ],
    [
      ["stateMachineArn", "name", "input", "traceHeader", "includedData"],
      ["input", "traceHeader", "name", "includedData", "stateMachineArn"],
    ],
    [
      Array.from({ length: 20 }, (_, i) => `k${i}`),
      ["k0", "k1", "k2", "k3", "k4", "k5", "k11", "k6", "k10", "k7", "k13", "k8", "k12", "k9", "k15", "k14", "k17", "k16", "k19", "k18"],
    ],
  ])("iterates %j as a Java HashSet does", (inserted, iterated) => {
    expect(javaHashMapOrder(inserted)).toEqual(iterated);
  });
});
