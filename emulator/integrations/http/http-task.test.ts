/**
 * The HTTP Task against a local API: authorization, body encoding, status-code errors, socket
 * failures, creation checks and TestState's TRACE view.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { TestStateCommand, type SFNClient } from "@aws-sdk/client-sfn";
import type { Emulator } from "../..";
import { createMachine, failure, finalHistory, startExecution, startTestEmulator } from "../../testing/test-emulator";
import { FakeAwsJsonServer } from "../testing/fake-aws-json-server";
import { FakeHttpApi } from "../testing/fake-http-api";

const CONNECTION = (name: string) => `arn:aws:events:us-east-1:123456789012:connection/${name}/0a1b2c3d-1234-5678-9abc-def012345678`;

function httpMachine(parameters: object, extra: object = {}): object {
  return { StartAt: "Call", States: { Call: { Type: "Task", Resource: "arn:aws:states:::http:invoke", Parameters: parameters, End: true, ...extra } } };
}

describe("the HTTP Task against a local API", () => {
  let api: FakeHttpApi;
  let url: string;
  let emulator: Emulator;
  let sfn: SFNClient;
  let dir: string;

  beforeAll(async () => {
    api = new FakeHttpApi({
      "/customers": (request) => ({ status: 200, body: { customers: ["ada"], method: request.method }, headers: { "X-Request-Id": "r-1" } }),
      "/text": () => ({ status: 200, body: "plain words", headers: { "Content-Type": "text/plain" } }),
      "/flaky": (_request, call) => (call === 0 ? { status: 503, body: { message: "busy" } } : { status: 200, body: { ok: true } }),
      "/oauth/token": (request) =>
        request.headers.authorization === `Basic ${Buffer.from("client-1:shh").toString("base64")}`
          ? { status: 200, body: { access_token: "token-1", expires_in: 3600 } }
          : { status: 401, body: { error: "invalid_client" } },
    });
    url = await api.start();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-http-"));
    const connectionsPath = path.join(dir, "connections.json");
    fs.writeFileSync(
      connectionsPath,
      JSON.stringify({
        [CONNECTION("apikey")]: {
          AuthorizationType: "API_KEY",
          AuthParameters: {
            ApiKeyAuthParameters: { ApiKeyName: "x-api-key", ApiKeyValue: "key-123" },
            InvocationHttpParameters: { QueryStringParameters: [{ Key: "tenant", Value: "acme" }], BodyParameters: [{ Key: "source", Value: "connection" }] },
          },
        },
        [CONNECTION("basic")]: { AuthorizationType: "BASIC", AuthParameters: { BasicAuthParameters: { Username: "ada", Password: "pw" } } },
        [CONNECTION("oauth")]: {
          AuthorizationType: "OAUTH_CLIENT_CREDENTIALS",
          AuthParameters: {
            OAuthParameters: {
              AuthorizationEndpoint: `${url}/oauth/token`,
              HttpMethod: "POST",
              ClientParameters: { ClientID: "client-1", ClientSecret: "shh" },
              OAuthHttpParameters: { BodyParameters: [{ Key: "grant_type", Value: "client_credentials" }] },
            },
          },
        },
      }),
    );
    ({ emulator, sfn } = await startTestEmulator({ connectionsPath }));
  });

  afterAll(async () => {
    sfn.destroy();
    await emulator.close();
    await api.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function run(definition: object, input: object = {}) {
    const events = await finalHistory(sfn, await startExecution(sfn, await createMachine(sfn, definition), input));
    const last = events[events.length - 1];
    return { events, last, output: JSON.parse(last?.executionSucceededEventDetails?.output ?? "null") };
  }

  it("calls the endpoint with the connection's API key and answers with Headers, ResponseBody, StatusCode and StatusText", async () => {
    const { output } = await run(
      httpMachine({
        "ApiEndpoint.$": "$.endpoint",
        Method: "POST",
        Authentication: { ConnectionArn: CONNECTION("apikey") },
        Headers: { "X-Trace": "t-1" },
        QueryParameters: { page: "2" },
        RequestBody: { name: "Ada" },
      }),
      { endpoint: `${url}/customers` },
    );
    expect(output).toMatchObject({ StatusCode: 200, StatusText: "OK", ResponseBody: { customers: ["ada"], method: "POST" } });
    expect(output.Headers["x-request-id"]).toEqual(["r-1"]);
    const sent = api.to("/customers").at(-1);
    expect(sent?.headers["x-api-key"]).toBe("key-123");
    expect(sent?.headers["x-trace"]).toBe("t-1");
    expect(sent?.headers["content-type"]).toBe("application/json; charset=UTF-8");
    expect(sent?.headers["user-agent"]).toBe("Amazon|StepFunctions|HttpInvoke|us-east-1");
    expect(Object.fromEntries(sent?.query ?? [])).toEqual({ page: "2", tenant: "acme" });
    expect(JSON.parse(sent?.body ?? "")).toEqual({ name: "Ada", source: "connection" });
  });

  it("takes JSONata Arguments with the connection under InvocationConfig", async () => {
    const { output } = await run(
      {
        QueryLanguage: "JSONata",
        StartAt: "Call",
        States: {
          Call: {
            Type: "Task",
            Resource: "arn:aws:states:::http:invoke",
            Arguments: {
              ApiEndpoint: "{% $states.input.base & '/customers' %}",
              Method: "GET",
              InvocationConfig: { ConnectionArn: CONNECTION("basic") },
              QueryParameters: { ids: "{% [1, 2] %}" },
              Transform: { RequestEncodingOptions: { ArrayFormat: "REPEAT" } },
            },
            Output: "{% $states.result.ResponseBody.customers %}",
            End: true,
          },
        },
      },
      { base: url },
    );
    expect(output).toEqual(["ada"]);
    expect(api.to("/customers").at(-1)?.query.getAll("ids")).toEqual(["1", "2"]);
  });

  it("sends basic credentials and keeps a non-JSON response body as text", async () => {
    const { output } = await run(httpMachine({ ApiEndpoint: `${url}/text`, Method: "GET", Authentication: { ConnectionArn: CONNECTION("basic") } }));
    expect(output).toMatchObject({ StatusCode: 200, ResponseBody: "plain words" });
    expect(api.to("/text").at(-1)?.headers.authorization).toBe(`Basic ${Buffer.from("ada:pw").toString("base64")}`);
  });

  it("fetches an OAuth client-credentials token once and sends it as a bearer token", async () => {
    const definition = httpMachine({ ApiEndpoint: `${url}/customers`, Method: "GET", Authentication: { ConnectionArn: CONNECTION("oauth") } });
    await run(definition);
    await run(definition);
    const tokenRequests = api.to("/oauth/token");
    expect(tokenRequests).toHaveLength(1);
    expect(tokenRequests[0]?.body).toBe("grant_type=client_credentials");
    expect(api.to("/customers").at(-1)?.headers.authorization).toBe("Bearer token-1");
  });

  it("URL-encodes the body with the requested array format under Transform", async () => {
    await run(
      httpMachine({
        ApiEndpoint: `${url}/customers`,
        Method: "POST",
        Authentication: { ConnectionArn: CONNECTION("basic") },
        RequestBody: { tags: ["a", "b"] },
        Transform: { RequestBodyEncoding: "URL_ENCODED", RequestEncodingOptions: { ArrayFormat: "BRACKETS" } },
      }),
    );
    const sent = api.to("/customers").at(-1);
    expect(sent?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(sent?.body).toBe("tags%5B%5D=a&tags%5B%5D=b");
  });

  it("retries a 5xx answer as States.Http.StatusCode.503", async () => {
    const { events, output } = await run(
      httpMachine(
        { ApiEndpoint: `${url}/flaky`, Method: "GET", Authentication: { ConnectionArn: CONNECTION("basic") } },
        { Retry: [{ ErrorEquals: ["States.Http.StatusCode.503"], IntervalSeconds: 1, MaxAttempts: 2 }] },
      ),
    );
    expect(output).toMatchObject({ StatusCode: 200, ResponseBody: { ok: true } });
    const failed = events.find((event) => event.type === "TaskFailed")?.taskFailedEventDetails;
    expect(failed?.error).toBe("States.Http.StatusCode.503");
    expect(JSON.parse(failed?.cause ?? "{}")).toMatchObject({ StatusCode: 503, ResponseBody: { message: "busy" } });
  });

  it("catches a 404 answer with States.Http.StatusCode.404", async () => {
    const { last } = await run({
      StartAt: "Call",
      States: {
        Call: {
          Type: "Task",
          Resource: "arn:aws:states:::http:invoke",
          Parameters: { ApiEndpoint: `${url}/missing`, Method: "GET", Authentication: { ConnectionArn: CONNECTION("basic") } },
          Catch: [{ ErrorEquals: ["States.Http.StatusCode.404"], Next: "NotFound" }],
          End: true,
        },
        NotFound: { Type: "Pass", End: true },
      },
    });
    expect(JSON.parse(last?.executionSucceededEventDetails?.output ?? "{}").Error).toBe("States.Http.StatusCode.404");
  });

  it("fails with States.Http.Socket when nothing listens at the endpoint", async () => {
    const closed = new FakeHttpApi({});
    const closedUrl = await closed.start();
    await closed.stop();
    const { last } = await run(httpMachine({ ApiEndpoint: `${closedUrl}/x`, Method: "GET", Authentication: { ConnectionArn: CONNECTION("basic") } }));
    expect(last?.executionFailedEventDetails?.error).toBe("States.Http.Socket");
  });

  it("fails with States.Runtime when the connection is unknown", async () => {
    const { last } = await run(httpMachine({ ApiEndpoint: `${url}/customers`, Method: "GET", Authentication: { ConnectionArn: CONNECTION("nobody") } }));
    expect(last?.executionFailedEventDetails?.error).toBe("States.Runtime");
    expect(last?.executionFailedEventDetails?.cause).toContain(CONNECTION("nobody"));
  });

  it("rejects at creation a task with no ConnectionArn or with a header AWS refuses", async () => {
    const missing = await failure(createMachine(sfn, httpMachine({ ApiEndpoint: `${url}/x`, Method: "GET" })));
    expect(missing.name).toBe("InvalidDefinition");
    expect(missing.message).toContain("The field 'ConnectionArn' is required but was missing at /States/Call/Parameters/Authentication");
    const header = await failure(
      createMachine(sfn, httpMachine({ ApiEndpoint: `${url}/x`, Method: "GET", Authentication: { ConnectionArn: CONNECTION("basic") }, Headers: { Authorization: "x" } })),
    );
    expect(header.message).toContain("The 'Headers' field contains unsupported values: [authorization] at /States/Call/Parameters");
  });

  it("shows the request and response in TestState at the TRACE level, the connection's part only with revealSecrets", async () => {
    const definition = JSON.stringify({
      Type: "Task",
      Resource: "arn:aws:states:::http:invoke",
      Parameters: { ApiEndpoint: `${url}/customers`, Method: "GET", Authentication: { ConnectionArn: CONNECTION("apikey") } },
      End: true,
    });
    const hidden = await sfn.send(new TestStateCommand({ definition, input: "{}", inspectionLevel: "TRACE" }));
    expect(hidden.status).toBe("SUCCEEDED");
    expect(hidden.inspectionData?.request).toMatchObject({ method: "GET", protocol: "http", url: `${url}/customers` });
    expect(hidden.inspectionData?.request?.headers).not.toContain("key-123");
    expect(hidden.inspectionData?.response).toMatchObject({ statusCode: "200", statusMessage: "OK" });
    expect(JSON.parse(hidden.inspectionData?.response?.body ?? "{}")).toEqual({ customers: ["ada"], method: "GET" });
    const revealed = await sfn.send(new TestStateCommand({ definition, input: "{}", inspectionLevel: "TRACE", revealSecrets: true }));
    expect(revealed.inspectionData?.request?.headers).toContain("x-api-key: key-123");
    expect(revealed.inspectionData?.request?.url).toBe(`${url}/customers?tenant=acme`);
    const debug = await sfn.send(new TestStateCommand({ definition, input: "{}", inspectionLevel: "DEBUG" }));
    expect(debug.inspectionData?.request).toBeUndefined();
  });
});

describe("the HTTP Task with connections from an EventBridge endpoint", () => {
  let api: FakeHttpApi;
  let events: FakeAwsJsonServer;
  let secrets: FakeAwsJsonServer;
  let url: string;
  let emulator: Emulator;
  let sfn: SFNClient;
  const secretArn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:events!connection/remote/abc";

  beforeAll(async () => {
    api = new FakeHttpApi({ "/things": () => ({ status: 200, body: { ok: true } }) });
    url = await api.start();
    events = new FakeAwsJsonServer(
      "AWSEvents",
      {
        DescribeConnection: (input) =>
          input["Name"] === "remote"
            ? {
                output: {
                  ConnectionArn: CONNECTION("remote"),
                  Name: "remote",
                  ConnectionState: "AUTHORIZED",
                  AuthorizationType: "API_KEY",
                  SecretArn: secretArn,
                  AuthParameters: { ApiKeyAuthParameters: { ApiKeyName: "x-api-key" } },
                },
              }
            : { error: { type: "ResourceNotFoundException", message: `Failed to describe the connection(s). Connection '${String(input["Name"])}' does not exist.` } },
      },
      "1.1",
    );
    secrets = new FakeAwsJsonServer(
      "secretsmanager",
      { GetSecretValue: (input) => ({ output: { ARN: input["SecretId"], Name: "events!connection/remote/abc", SecretString: JSON.stringify({ api_key_name: "x-api-key", api_key_value: "remote-key" }) } }) },
      "1.1",
    );
    ({ emulator, sfn } = await startTestEmulator({ endpoints: { events: await events.start(), secretsmanager: await secrets.start() } }));
  });

  afterAll(async () => {
    sfn.destroy();
    await emulator.close();
    await Promise.all([api.stop(), events.stop(), secrets.stop()]);
  });

  it("reads the connection with DescribeConnection and its secret from the Secrets Manager secret it names", async () => {
    const arn = await createMachine(sfn, httpMachine({ ApiEndpoint: `${url}/things`, Method: "GET", Authentication: { ConnectionArn: CONNECTION("remote") } }));
    const history = await finalHistory(sfn, await startExecution(sfn, arn));
    expect(history.at(-1)?.type).toBe("ExecutionSucceeded");
    expect(api.to("/things").at(-1)?.headers["x-api-key"]).toBe("remote-key");
    expect(secrets.inputsOf("GetSecretValue")).toEqual([{ SecretId: secretArn }]);
  });

  it("fails with States.Runtime for a connection EventBridge does not have", async () => {
    const arn = await createMachine(sfn, httpMachine({ ApiEndpoint: `${url}/things`, Method: "GET", Authentication: { ConnectionArn: CONNECTION("gone") } }));
    const history = await finalHistory(sfn, await startExecution(sfn, arn));
    expect(history.at(-1)?.executionFailedEventDetails?.error).toBe("States.Runtime");
  });
});

describe("the HTTP Task under a mock config", () => {
  let emulator: Emulator;
  let sfn: SFNClient;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-http-mock-"));
    const mockConfigPath = path.join(dir, "MockConfigFile.json");
    fs.writeFileSync(
      mockConfigPath,
      JSON.stringify({
        StateMachines: { "http-mocked": { TestCases: { NotFound: { Call: "Http404" } } } },
        MockedResponses: { Http404: { "0": { Throw: { Error: "States.Http.StatusCode.404", Cause: "mocked" } } } },
      }),
    );
    ({ emulator, sfn } = await startTestEmulator({ mockConfigPath }));
  });

  afterAll(async () => {
    sfn.destroy();
    await emulator.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("is answered by the test case like any Task, without a connection or a call", async () => {
    const arn = await createMachine(
      sfn,
      httpMachine({ ApiEndpoint: "https://api.example.com/x", Method: "GET", Authentication: { ConnectionArn: CONNECTION("mocked") } }),
      "http-mocked",
    );
    const history = await finalHistory(sfn, await startExecution(sfn, `${arn}#NotFound`));
    expect(history.at(-1)?.executionFailedEventDetails).toEqual({ error: "States.Http.StatusCode.404", cause: "mocked" });
  });
});
