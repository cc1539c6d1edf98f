/**
 * Task states calling SQS, SNS, DynamoDB, EventBridge and Secrets Manager through SDK clients, with
 * AWS's results, errors and callbacks.
 */
import { createHash, randomUUID } from "node:crypto";
import * as http from "node:http";
import * as net from "node:net";
import { SendTaskSuccessCommand, type HistoryEvent, type SFNClient } from "@aws-sdk/client-sfn";
import type { Emulator } from "../..";
import { FakeAwsJsonServer } from "../testing/fake-aws-json-server";
import { FakeAwsQueryServer } from "../testing/fake-aws-query-server";
import { createMachine, finalHistory, startExecution, startTestEmulator, types, waitForEvent } from "../../testing/test-emulator";

const QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs";
const TOPIC_ARN = "arn:aws:sns:us-east-1:123456789012:alerts";

function md5(text: string): string {
  return createHash("md5").update(text, "utf8").digest("hex");
}

/** One Task state with the resource and parameters, caught into `$.error` on any error. */
function taskMachine(resource: string, parameters: object): object {
  return {
    StartAt: "Call",
    States: {
      Call: {
        Type: "Task",
        Resource: resource,
        Parameters: parameters,
        Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "Caught" }],
        End: true,
      },
      Caught: { Type: "Pass", End: true },
    },
  };
}

async function run(sfn: SFNClient, definition: object, input: unknown = {}): Promise<{ events: HistoryEvent[]; output: any }> {
  const events = await finalHistory(sfn, await startExecution(sfn, await createMachine(sfn, definition), input));
  const last = events[events.length - 1];
  return { events, output: JSON.parse(last?.executionSucceededEventDetails?.output ?? "null") };
}

function taskFailed(events: HistoryEvent[]): { error?: string; cause?: string } | undefined {
  const details = events.find((e) => e.type === "TaskFailed")?.taskFailedEventDetails;
  return details && { error: details.error as string, cause: details.cause as string };
}

describe("Task states calling SQS, SNS, DynamoDB, EventBridge and Secrets Manager through SDK clients", () => {
  let sqs: FakeAwsJsonServer;
  let sns: FakeAwsQueryServer;
  let dynamodb: FakeAwsJsonServer;
  let events: FakeAwsJsonServer;
  let secrets: FakeAwsJsonServer;
  let emulator: Emulator;
  let sfn: SFNClient;

  beforeAll(async () => {
    sqs = new FakeAwsJsonServer("AmazonSQS", {
      SendMessage: (input) => {
        if (input["QueueUrl"] !== QUEUE_URL) {
          return {
            error: {
              type: "com.amazonaws.sqs#QueueDoesNotExist",
              message: "The specified queue does not exist.",
              queryError: "AWS.SimpleQueueService.NonExistentQueue;Sender",
            },
          };
        }
        if (typeof input["MessageBody"] !== "string") {
          return { error: { type: "MissingParameter", message: "The request must contain the parameter MessageBody.", queryError: "MissingParameter;Sender" } };
        }
        return { output: { MD5OfMessageBody: md5(input["MessageBody"]), MessageId: randomUUID() } };
      },
    });
    sns = new FakeAwsQueryServer("http://sns.amazonaws.com/doc/2010-03-31/", {
      Publish: (params) =>
        params["TopicArn"] === TOPIC_ARN
          ? { resultXml: `    <MessageId>${randomUUID()}</MessageId>` }
          : { error: { code: "NotFound", message: "Topic does not exist", status: 404 } },
    });
    const table = new Map<string, unknown>();
    const tableNamed = (input: Record<string, unknown>) => input["TableName"] === "people";
    const missingTable = { error: { type: "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", message: "Requested resource not found" } };
    dynamodb = new FakeAwsJsonServer("DynamoDB_20120810", {
      PutItem: (input) => {
        if (input["Item"] === undefined) {
          return {
            error: {
              type: "com.amazon.coral.validate#ValidationException",
              message: "1 validation error detected: Value null at 'item' failed to satisfy constraint: Member must not be null",
            },
          };
        }
        if (!tableNamed(input)) return missingTable;
        const item = input["Item"] as Record<string, { S: string }>;
        table.set(item["id"]?.S ?? "", item);
        return { output: {} };
      },
      GetItem: (input) => {
        if (!tableNamed(input)) return missingTable;
        const key = input["Key"] as Record<string, { S: string }>;
        const item = table.get(key["id"]?.S ?? "");
        return { output: item === undefined ? {} : { Item: item } };
      },
    });
    events = new FakeAwsJsonServer("AWSEvents", {
      PutEvents: (input) => {
        const entries = input["Entries"] as Array<Record<string, unknown>>;
        const results = entries.map((entry) =>
          entry["Source"] === undefined
            ? { ErrorCode: "InvalidArgument", ErrorMessage: "Parameter Source is not valid. Reason: Source is a required argument." }
            : { EventId: randomUUID() },
        );
        return { output: { Entries: results, FailedEntryCount: results.filter((r) => "ErrorCode" in r).length } };
      },
    }, "1.1");
    secrets = new FakeAwsJsonServer("secretsmanager", {
      CreateSecret: (input) =>
        /^[A-Za-z0-9/_+=.@!-]+$/.test(String(input["Name"]))
          ? { output: { ARN: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${input["Name"]}-AbCdEf`, Name: input["Name"], VersionId: "v1" } }
          : {
              error: {
                type: "ValidationException",
                message: "Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!",
              },
            },
      GetSecretValue: (input) =>
        input["SecretId"] === "db"
          ? { output: { Name: "db", SecretString: "hunter2", CreatedDate: 1745486528.077, VersionStages: ["AWSCURRENT"] } }
          : { error: { type: "ResourceNotFoundException", message: "Secrets Manager can't find the specified secret." } },
    }, "1.1");
    const endpoints = {
      sqs: await sqs.start(),
      sns: await sns.start(),
      dynamodb: await dynamodb.start(),
      events: await events.start(),
      secretsmanager: await secrets.start(),
    };
    ({ emulator, sfn } = await startTestEmulator({ endpoints }));
  });

  afterAll(async () => {
    sfn.destroy();
    await emulator.close();
    await Promise.all([sqs.stop(), sns.stop(), dynamodb.stop(), events.stop(), secrets.stop()]);
  });

  it("sends an SQS message with a JSON body as text and returns AWS's result with HTTP metadata", async () => {
    const { events: history, output } = await run(
      sfn,
      taskMachine("arn:aws:states:::sqs:sendMessage", { QueueUrl: QUEUE_URL, "MessageBody.$": "$" }),
      { order: 7 },
    );
    expect(types(history)).toContain("TaskSucceeded");
    expect(sqs.inputsOf("SendMessage").at(-1)).toEqual({ QueueUrl: QUEUE_URL, MessageBody: '{"order":7}' });
    expect(output.MD5OfMessageBody).toBe(md5('{"order":7}'));
    expect(output.MessageId).toMatch(/^[0-9a-f-]{36}$/);
    const length = String(JSON.stringify({ MD5OfMessageBody: output.MD5OfMessageBody, MessageId: output.MessageId }).length);
    expect(output.SdkHttpMetadata).toEqual({
      AllHttpHeaders: {
        "x-amzn-RequestId": [expect.stringMatching(/^req-\d+$/)],
        connection: ["keep-alive"],
        "Content-Length": [length],
        Date: [expect.any(String)],
        "Content-Type": ["application/x-amz-json-1.0"],
      },
      HttpHeaders: {
        connection: "keep-alive",
        "Content-Length": length,
        "Content-Type": "application/x-amz-json-1.0",
        Date: expect.any(String),
        "x-amzn-RequestId": output.SdkResponseMetadata.RequestId,
      },
      HttpStatusCode: 200,
    });
  });

  it("catches an SQS error as SQS.<Exception> with the Java SDK's cause", async () => {
    const missingQueue = await run(sfn, taskMachine("arn:aws:states:::sqs:sendMessage", { QueueUrl: `${QUEUE_URL}-gone`, MessageBody: "x" }));
    expect(missingQueue.output.error.Error).toBe("SQS.QueueDoesNotExistException");
    expect(missingQueue.output.error.Cause).toMatch(
      /^The specified queue does not exist\. \(Service: AmazonSQS; Status Code: 400; Error Code: AWS\.SimpleQueueService\.NonExistentQueue; Request ID: req-\d+; Proxy: null\)$/,
    );
    const noBody = await run(sfn, taskMachine("arn:aws:states:::sqs:sendMessage", { QueueUrl: QUEUE_URL, MessageBody: null }));
    expect(taskFailed(noBody.events)).toEqual({
      error: "SQS.AmazonSQSException",
      cause: expect.stringMatching(
        /^The request must contain the parameter MessageBody\. \(Service: AmazonSQS; Status Code: 400; Error Code: MissingParameter; Request ID: req-\d+; Proxy: null\)$/,
      ),
    });
  });

  it("waits for the token an SQS message carries, recording the SendMessage result as TaskSubmitted", async () => {
    const arn = await createMachine(sfn, {
      StartAt: "Ask",
      States: {
        Ask: {
          Type: "Task",
          Resource: "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          Parameters: { QueueUrl: QUEUE_URL, MessageBody: { "question.$": "$.question", "token.$": "$$.Task.Token" } },
          End: true,
        },
      },
    });
    const executionArn = await startExecution(sfn, arn, { question: "ready?" });
    const submitted = await waitForEvent(sfn, executionArn, "TaskSubmitted");
    const submittedOutput = JSON.parse(submitted.taskSubmittedEventDetails?.output ?? "{}");
    expect(submittedOutput).toMatchObject({ MessageId: expect.any(String), SdkResponseMetadata: { RequestId: expect.stringMatching(/^req-/) } });
    const message = JSON.parse(String(sqs.inputsOf("SendMessage").at(-1)?.["MessageBody"]));
    expect(message.question).toBe("ready?");
    await sfn.send(new SendTaskSuccessCommand({ taskToken: message.token, output: JSON.stringify({ answer: "yes" }) }));
    const history = await finalHistory(sfn, executionArn);
    expect(types(history)).toEqual([
      "ExecutionStarted",
      "TaskStateEntered",
      "TaskScheduled",
      "TaskStarted",
      "TaskSubmitted",
      "TaskSucceeded",
      "TaskStateExited",
      "ExecutionSucceeded",
    ]);
    expect(history.at(-1)?.executionSucceededEventDetails?.output).toBe('{"answer":"yes"}');
  });

  it("publishes to SNS over the query protocol and names a missing topic SNS.NotFoundException", async () => {
    const published = await run(sfn, taskMachine("arn:aws:states:::sns:publish", { TopicArn: TOPIC_ARN, "Message.$": "$" }), { alarm: true });
    expect(sns.calls.at(-1)?.params).toMatchObject({ Action: "Publish", TopicArn: TOPIC_ARN, Message: '{"alarm":true}' });
    expect(published.output.MessageId).toMatch(/^[0-9a-f-]{36}$/);
    expect(published.output.SdkHttpMetadata.HttpHeaders["Content-Type"]).toBe("text/xml");
    expect(published.output.SdkHttpMetadata.HttpStatusCode).toBe(200);
    const missing = await run(sfn, taskMachine("arn:aws:states:::sns:publish", { TopicArn: `${TOPIC_ARN}-gone`, Message: "x" }));
    expect(missing.output.error.Error).toBe("SNS.NotFoundException");
    expect(missing.output.error.Cause).toMatch(
      /^Topic does not exist \(Service: AmazonSNS; Status Code: 404; Error Code: NotFound; Request ID: req-\d+; Proxy: null\)$/,
    );
  });

  it("puts and gets a DynamoDB item through the optimized integration with DynamoDB's HTTP metadata", async () => {
    const item = { id: { S: "id1" }, data: { S: "HelloWorld" } };
    const definition = {
      StartAt: "Put",
      States: {
        Put: { Type: "Task", Resource: "arn:aws:states:::dynamodb:putItem", Parameters: { TableName: "people", Item: item }, ResultPath: "$.put", Next: "Get" },
        Get: { Type: "Task", Resource: "arn:aws:states:::dynamodb:getItem", Parameters: { TableName: "people", Key: { id: { S: "id1" } } }, ResultPath: "$.get", End: true },
      },
    };
    const { output } = await run(sfn, definition);
    expect(output.put.SdkHttpMetadata.HttpHeaders["Content-Length"]).toBe("2");
    expect(Object.keys(output.put.SdkHttpMetadata.HttpHeaders).sort()).toEqual(
      ["Connection", "Content-Length", "Content-Type", "Date", "Server", "x-amz-crc32", "x-amzn-RequestId"].sort(),
    );
    expect(output.get.Item).toEqual(item);
    expect(output.get.SdkHttpMetadata.AllHttpHeaders["x-amzn-requestid"]).toEqual([output.get.SdkResponseMetadata.RequestId]);
  });

  it("names DynamoDB errors as the optimized integration does: modeled ones by class, others AmazonDynamoDBException", async () => {
    const noTable = await run(sfn, taskMachine("arn:aws:states:::dynamodb:putItem", { TableName: "nope", Item: { id: { S: "1" } } }));
    expect(taskFailed(noTable.events)).toEqual({
      error: "DynamoDB.ResourceNotFoundException",
      cause: expect.stringMatching(
        /^Requested resource not found \(Service: AmazonDynamoDBv2; Status Code: 400; Error Code: ResourceNotFoundException; Request ID: req-\d+; Proxy: null\)$/,
      ),
    });
    const invalid = await run(sfn, taskMachine("arn:aws:states:::dynamodb:putItem", { TableName: "people", Item: null }));
    expect(taskFailed(invalid.events)?.error).toBe("DynamoDB.AmazonDynamoDBException");
    expect(taskFailed(invalid.events)?.cause).toContain("(Service: AmazonDynamoDBv2; Status Code: 400; Error Code: ValidationException;");
  });

  it("calls aws-sdk:dynamodb actions with plain results and DynamoDb.<Exception> errors", async () => {
    const definition = {
      StartAt: "Put",
      States: {
        Put: { Type: "Task", Resource: "arn:aws:states:::aws-sdk:dynamodb:putItem", Parameters: { TableName: "people", Item: { id: { S: "id2" } } }, ResultPath: "$.put", Next: "Get" },
        Get: { Type: "Task", Resource: "arn:aws:states:::aws-sdk:dynamodb:getItem", Parameters: { TableName: "people", Key: { id: { S: "id2" } } }, ResultPath: "$.get", End: true },
      },
    };
    const { output } = await run(sfn, definition);
    expect(output).toEqual({ put: {}, get: { Item: { id: { S: "id2" } } } });
    const noTable = await run(sfn, taskMachine("arn:aws:states:::aws-sdk:dynamodb:getItem", { TableName: "nope", Key: { id: { S: "1" } } }));
    expect(taskFailed(noTable.events)).toEqual({
      error: "DynamoDb.ResourceNotFoundException",
      cause: expect.stringMatching(/^Requested resource not found \(Service: DynamoDb, Status Code: 400, Request ID: req-\d+\)$/),
    });
    const invalid = await run(sfn, taskMachine("arn:aws:states:::aws-sdk:dynamodb:putItem", { TableName: "people", Item: null }));
    expect(taskFailed(invalid.events)?.error).toBe("DynamoDb.DynamoDbException");
  });

  it("calls aws-sdk:secretsmanager over JSON 1.1, with dates as ISO-8601 text and SecretsManager.<Exception> errors", async () => {
    const got = await run(sfn, taskMachine("arn:aws:states:::aws-sdk:secretsmanager:getSecretValue", { SecretId: "db" }));
    expect(got.output).toEqual({ Name: "db", SecretString: "hunter2", CreatedDate: "2025-04-24T09:22:08.077Z", VersionStages: ["AWSCURRENT"] });
    expect(secrets.calls.at(-1)?.headers["content-type"]).toBe("application/x-amz-json-1.1");
    const missing = await run(sfn, taskMachine("arn:aws:states:::aws-sdk:secretsmanager:getSecretValue", { SecretId: "nope" }));
    expect(missing.output.error).toEqual({
      Error: "SecretsManager.ResourceNotFoundException",
      Cause: expect.stringMatching(/^Secrets Manager can't find the specified secret\. \(Service: SecretsManager, Status Code: 400, Request ID: req-\d+\)$/),
    });
    const invalid = await run(sfn, taskMachine("arn:aws:states:::aws-sdk:secretsmanager:createSecret", { Name: "Invalid Name", SecretString: "x" }));
    expect(taskFailed(invalid.events)).toEqual({
      error: "SecretsManager.SecretsManagerException",
      cause: expect.stringMatching(/^Invalid name\. .* \(Service: SecretsManager, Status Code: 400, Request ID: req-\d+\)$/),
    });
  });

  it("puts EventBridge events with JSON details as text, and fails with EventBridge.FailedEntry when an entry fails", async () => {
    const entries = [{ Source: "shop", DetailType: "order", Detail: { id: 1 } }];
    const ok = await run(sfn, taskMachine("arn:aws:states:::events:putEvents", { Entries: entries }));
    expect(events.inputsOf("PutEvents").at(-1)).toEqual({ Entries: [{ Source: "shop", DetailType: "order", Detail: '{"id":1}' }] });
    expect(ok.output).toEqual({ Entries: [{ EventId: expect.any(String) }], FailedEntryCount: 0 });
    const failing = await run(sfn, taskMachine("arn:aws:states:::events:putEvents", { Entries: [...entries, { DetailType: "order", Detail: "{}" }] }));
    const failure = taskFailed(failing.events);
    expect(failure?.error).toBe("EventBridge.FailedEntry");
    expect(JSON.parse(failure?.cause ?? "null")).toEqual({
      Entries: [{ EventId: expect.any(String) }, { ErrorCode: "InvalidArgument", ErrorMessage: "Parameter Source is not valid. Reason: Source is a required argument." }],
      FailedEntryCount: 1,
    });
  });

  it("fails an aws-sdk task whose client package is not installed, naming the package", async () => {
    const { events: history } = await run(sfn, taskMachine("arn:aws:states:::aws-sdk:kms:encrypt", { KeyId: "k", Plaintext: "x" }));
    expect(taskFailed(history)?.error).toBe("States.TaskFailed");
    expect(taskFailed(history)?.cause).toContain("install @aws-sdk/client-kms");
  });

  it("fails an aws-sdk task whose action the service does not have with States.Runtime", async () => {
    const { events: history } = await run(sfn, taskMachine("arn:aws:states:::aws-sdk:dynamodb:fetchEverything", {}));
    expect(taskFailed(history)).toEqual({ error: "States.Runtime", cause: "The action 'fetchEverything' is not supported by the aws-sdk:dynamodb integration" });
  });
});

describe("aws-sdk:s3 tasks against an S3 endpoint", () => {
  const objects = new Map<string, Buffer>();
  let server: http.Server;
  let emulator: Emulator;
  let sfn: SFNClient;

  beforeAll(async () => {
    // S3's REST protocol, path style, as the emulator's client sends it to a configured endpoint.
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const path = decodeURIComponent((req.url ?? "").split("?")[0] ?? "");
        const headers = { "x-amz-request-id": "s3-req", "x-amz-id-2": "s3-ext", "x-amz-server-side-encryption": "AES256" };
        if (req.method === "PUT") {
          const body = Buffer.concat(chunks);
          objects.set(path, body);
          res.writeHead(200, { ...headers, ETag: `"${createHash("md5").update(body).digest("hex")}"` });
          res.end();
          return;
        }
        const body = objects.get(path);
        if (body === undefined) {
          const xml = "<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><RequestId>s3-req</RequestId><HostId>s3-ext</HostId></Error>";
          res.writeHead(404, { ...headers, "Content-Type": "application/xml" });
          res.end(xml);
          return;
        }
        res.writeHead(200, {
          ...headers,
          "Accept-Ranges": "bytes",
          "Content-Type": "binary/octet-stream",
          "Content-Length": String(body.length),
          ETag: `"${createHash("md5").update(body).digest("hex")}"`,
          "Last-Modified": "Thu, 18 Apr 2024 06:27:01 GMT",
        });
        res.end(body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const endpoint = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
    ({ emulator, sfn } = await startTestEmulator({ endpoints: { s3: endpoint } }));
  });

  afterAll(async () => {
    sfn.destroy();
    await emulator.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("puts a JSON body as its JSON text and gets it back as text with the object's fields", async () => {
    const definition = {
      StartAt: "Put",
      States: {
        Put: { Type: "Task", Resource: "arn:aws:states:::aws-sdk:s3:putObject", Parameters: { Bucket: "b", Key: "k.json", "Body.$": "$.body" }, ResultPath: "$.put", Next: "Get" },
        Get: { Type: "Task", Resource: "arn:aws:states:::aws-sdk:s3:getObject", Parameters: { Bucket: "b", Key: "k.json" }, ResultPath: "$.get", End: true },
      },
    };
    const { output } = await run(sfn, definition, { body: { Dict: "Value" } });
    expect(objects.get("/b/k.json")?.toString("utf8")).toBe('{"Dict":"Value"}');
    expect(output.put).toEqual({ ETag: '"49e31cee5aec8faf3345893addb14346"', ServerSideEncryption: "AES256" });
    expect(output.get).toEqual({
      AcceptRanges: "bytes",
      Body: '{"Dict":"Value"}',
      ContentLength: 16,
      ContentType: "binary/octet-stream",
      ETag: '"49e31cee5aec8faf3345893addb14346"',
      LastModified: "2024-04-18T06:27:01.000Z",
      Metadata: {},
      ServerSideEncryption: "AES256",
    });
  });

  it("names a missing key S3.NoSuchKeyException with the extended request id in the cause", async () => {
    const { events: history } = await run(sfn, taskMachine("arn:aws:states:::aws-sdk:s3:getObject", { Bucket: "b", Key: "gone" }));
    expect(taskFailed(history)).toEqual({
      error: "S3.NoSuchKeyException",
      cause: "The specified key does not exist. (Service: S3, Status Code: 404, Request ID: s3-req, Extended Request ID: s3-ext)",
    });
  });
});

describe("Task states whose service endpoint does not answer", () => {
  let emulator: Emulator;
  let sfn: SFNClient;

  beforeAll(async () => {
    // A port that was free a moment ago: connections to it are refused.
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const closed = `http://127.0.0.1:${port}`;
    ({ emulator, sfn } = await startTestEmulator({ endpoints: { sqs: closed, dynamodb: closed } }));
  });

  afterAll(async () => {
    sfn.destroy();
    await emulator.close();
  });

  it("fails an optimized task with SQS.SdkClientException, which Catch handles", async () => {
    const { output } = await run(sfn, taskMachine("arn:aws:states:::sqs:sendMessage", { QueueUrl: QUEUE_URL, MessageBody: "x" }));
    expect(output.error.Error).toBe("SQS.SdkClientException");
    expect(output.error.Cause).toMatch(/^Unable to execute HTTP request: Connect to 127\.0\.0\.1:\d+ failed: Connection refused$/);
  });

  it("fails an aws-sdk task with <Service>.SdkClientException and keeps serving", async () => {
    const { events: history } = await run(sfn, taskMachine("arn:aws:states:::aws-sdk:dynamodb:getItem", { TableName: "t", Key: { id: { S: "1" } } }));
    expect(taskFailed(history)?.error).toBe("DynamoDb.SdkClientException");
    const again = await run(sfn, { StartAt: "P", States: { P: { Type: "Pass", End: true } } }, { still: "up" });
    expect(again.output).toEqual({ still: "up" });
  });
});
