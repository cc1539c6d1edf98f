/**
 * The AWS JSON 1.0 wire protocol: malformed, unknown or invalid requests answered with AWS's errors,
 * request ids and content type, and never a 500.
 */
import { OPERATION_NAMES } from "./model/operation-names";
import { createEmulator, type Emulator } from "../index";

let emulator: Emulator;

beforeAll(async () => {
  emulator = await createEmulator({ port: 0, inMemory: true, logLevel: "silent" });
});

afterAll(async () => {
  await emulator.close();
});

interface Answer {
  status: number;
  requestId: string | null;
  contentType: string | null;
  body: Record<string, unknown>;
}

async function post(target: string | undefined, body: string): Promise<Answer> {
  const headers: Record<string, string> = { "Content-Type": "application/x-amz-json-1.0" };
  if (target !== undefined) headers["X-Amz-Target"] = target;
  const response = await fetch(`${emulator.url}/`, { method: "POST", headers, body });
  const text = await response.text();
  return {
    status: response.status,
    requestId: response.headers.get("x-amzn-RequestId"),
    contentType: response.headers.get("content-type"),
    body: JSON.parse(text) as Record<string, unknown>,
  };
}

describe("the AWS JSON 1.0 wire protocol", () => {
  it("answers a malformed JSON body with SerializationException", async () => {
    const answer = await post("AWSStepFunctions.ListStateMachines", "{not json");
    expect(answer).toMatchObject({ status: 400, body: { __type: "SerializationException" } });
  });

  it("answers a body that is not an object with SerializationException", async () => {
    expect((await post("AWSStepFunctions.ListStateMachines", "[]")).body.__type).toBe("SerializationException");
    expect((await post("AWSStepFunctions.ListStateMachines", "42")).body.__type).toBe("SerializationException");
  });

  it("treats an empty body as an empty request", async () => {
    const answer = await post("AWSStepFunctions.ListStateMachines", "");
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ stateMachines: [] });
  });

  it("answers a missing X-Amz-Target with UnknownOperationException", async () => {
    expect(await post(undefined, "{}")).toMatchObject({ status: 400, body: { __type: "UnknownOperationException" } });
  });

  it("answers an unknown operation or another service's prefix with UnknownOperationException", async () => {
    expect((await post("AWSStepFunctions.DoSomething", "{}")).body.__type).toBe("UnknownOperationException");
    expect((await post("DynamoDB_20120810.ListTables", "{}")).body.__type).toBe("UnknownOperationException");
  });

  it("answers a wrongly typed parameter with SerializationException", async () => {
    expect(await post("AWSStepFunctions.DescribeStateMachine", '{"stateMachineArn":5}')).toMatchObject({
      status: 400,
      body: { __type: "SerializationException", message: "NUMBER_VALUE can not be converted to a String" },
    });
    expect((await post("AWSStepFunctions.ListStateMachines", '{"maxResults":"ten"}')).body).toEqual({
      __type: "SerializationException",
      message: "STRING_VALUE can not be converted to an Integer",
    });
  });

  it("answers a missing required parameter with ValidationException naming it", async () => {
    expect(await post("AWSStepFunctions.DescribeStateMachine", "{}")).toMatchObject({
      status: 400,
      body: {
        __type: "ValidationException",
        message: "1 validation error detected: Value null at 'stateMachineArn' failed to satisfy constraint: Member must not be null",
      },
    });
  });

  it("answers an out-of-range value with ValidationException", async () => {
    expect((await post("AWSStepFunctions.ListStateMachines", '{"maxResults":-1}')).body).toEqual({
      __type: "ValidationException",
      message: "1 validation error detected: Value '-1' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 0",
    });
  });

  it("answers GET /health with JSON", async () => {
    const response = await fetch(`${emulator.url}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-amzn-RequestId")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toMatchObject({ status: "ok", version: expect.any(String), runningExecutions: 0 });
  });

  it("sends a fresh x-amzn-RequestId and the JSON 1.0 content type on successes and errors alike", async () => {
    const answers = [
      await post("AWSStepFunctions.ListActivities", "{}"),
      await post("AWSStepFunctions.ListActivities", "{bad"),
      await post(undefined, "{}"),
      await post("AWSStepFunctions.DescribeActivity", '{"activityArn":"x"}'),
    ];
    const ids = answers.map((answer) => answer.requestId);
    for (const answer of answers) {
      expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(answer.contentType).toContain("application/x-amz-json-1.0");
    }
    expect(new Set(ids).size).toBe(ids.length);
    const other = await fetch(`${emulator.url}/elsewhere`);
    expect(other.status).toBe(404);
    expect(other.headers.get("x-amzn-RequestId")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("never answers 500 to garbage sent to any operation, and keeps serving afterwards", async () => {
    const bodies = [
      "",
      "{}",
      "{",
      "null",
      '"text"',
      '{"name":{},"stateMachineArn":[],"executionArn":1,"activityArn":true,"resourceArn":null}',
      '{"name":"x","definition":"{}","roleArn":"r","stateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:x","executionArn":"arn:aws:states:us-east-1:123456789012:execution:x:y","activityArn":"arn:aws:states:us-east-1:123456789012:activity:x","resourceArn":"arn","taskToken":"t","output":"{}","maxResults":1000000,"nextToken":"zzz","tags":[{"key":1}],"tagKeys":[null]}',
    ];
    for (const operation of OPERATION_NAMES) {
      // GetActivityTask long-polls for a minute when its request is valid; it is covered elsewhere.
      if (operation === "GetActivityTask") continue;
      for (const body of bodies) {
        const answer = await post(`AWSStepFunctions.${operation}`, body);
        if (answer.status >= 500) throw new Error(`${operation} ${body} -> ${answer.status} ${JSON.stringify(answer.body)}`);
        if (answer.status !== 200) expect(answer.body.__type).toEqual(expect.any(String));
      }
    }
    expect((await post("AWSStepFunctions.ListStateMachines", "{}")).status).toBe(200);
  });
});

describe("ListExecutions without a state machine", () => {
  it("answers ValidationException when neither a state machine nor a map run is named", async () => {
    expect(await post("AWSStepFunctions.ListExecutions", "{}")).toMatchObject({
      status: 400,
      body: { __type: "ValidationException", message: "Must provide a StateMachine ARN or MapRun ARN" },
    });
  });
});
