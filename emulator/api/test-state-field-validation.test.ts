/**
 * TestState's fieldValidationMode: a mocked result is checked against the service's output shape under
 * STRICT, PRESENT or NONE.
 */
import { TestStateCommand, type SFNClient } from "@aws-sdk/client-sfn";
import { failure, useTestEmulator } from "../testing/test-emulator";

/** A lone Task state of the resource, as TestState takes it. */
const task = (resource: string) => JSON.stringify({ Type: "Task", Resource: resource, End: true });

describe("TestState checks a mocked result against the service's output shape (fieldValidationMode)", () => {
  let sfn: SFNClient;
  useTestEmulator({}, (started) => ({ sfn } = started));

  const test = (resource: string, result: object, fieldValidationMode?: "STRICT" | "PRESENT" | "NONE") =>
    sfn.send(
      new TestStateCommand({
        definition: task(resource),
        input: "{}",
        mock: fieldValidationMode === undefined ? { result: JSON.stringify(result) } : { result: JSON.stringify(result), fieldValidationMode },
      }),
    );

  it("refuses a field of the wrong type, STRICT by default", async () => {
    const refused = await failure(test("arn:aws:states:::events:putEvents", { Entries: "not a list" }));
    expect(refused).toMatchObject({ name: "ValidationException", message: "Mock result schema validation error: Field 'Entries' must be an array", status: 400 });
  });

  it("refuses a wrong type deep inside a list under PRESENT", async () => {
    const refused = await failure(test("arn:aws:states:::events:putEvents", { Entries: [{ EventId: "a" }, { EventId: 7 }] }, "PRESENT"));
    expect(refused.message).toBe("Mock result schema validation error: Field 'EventId' must be a string");
  });

  it("checks enums, lengths and number ranges of aws-sdk results", async () => {
    expect((await failure(test("arn:aws:states:::aws-sdk:s3:getObject", { StorageClass: "Papyrus" }))).message).toBe(
      "Mock result schema validation error: Field 'StorageClass' is not an expected value",
    );
    expect((await failure(test("arn:aws:states:::aws-sdk:kms:encrypt", { CiphertextBlob: "" }))).message).toBe(
      "Mock result schema validation error: Field 'CiphertextBlob' is smaller than the minimum length",
    );
    expect((await failure(test("arn:aws:states:::aws-sdk:lambda:getFunction", { Configuration: { MemorySize: 64 } }))).message).toBe(
      "Mock result schema validation error: Field 'MemorySize' is less than the minimum value",
    );
  });

  it("requires the output's required fields under STRICT only", async () => {
    const missing = await failure(test("arn:aws:states:::aws-sdk:sfn:startExecution", { StartDate: "2025-01-01T00:00:00Z" }, "STRICT"));
    expect(missing.message).toBe("Mock result schema validation error: Field 'ExecutionArn' is required");
    const present = await test("arn:aws:states:::aws-sdk:sfn:startExecution", { StartDate: "2025-01-01T00:00:00Z" }, "PRESENT");
    expect(present.status).toBe("SUCCEEDED");
  });

  it("accepts fields the API does not know, a Lambda payload of any JSON, and anything under NONE", async () => {
    expect((await test("arn:aws:states:::events:putEvents", { random: "json" })).status).toBe("SUCCEEDED");
    expect((await test("arn:aws:states:::lambda:invoke", { StatusCode: 200, Payload: { any: ["json"] } })).status).toBe("SUCCEEDED");
    expect((await test("arn:aws:states:::events:putEvents", { Entries: "not a list" }, "NONE")).status).toBe("SUCCEEDED");
  });
});
