import {
  CreateActivityCommand,
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  DescribeStateMachineForExecutionCommand,
  GetActivityTaskCommand,
  GetExecutionHistoryCommand,
  SendTaskSuccessCommand,
  SFNClient,
  StartExecutionCommand,
  StartSyncExecutionCommand,
  StopExecutionCommand,
  type EncryptionConfiguration,
} from "@aws-sdk/client-sfn";
import { endpointsFromEnv } from "../config";
import type { Emulator } from "../index";
import { FakeAwsJsonServer, type FakeJsonAnswer } from "../integrations/testing/fake-aws-json-server";
import { failure, settledExecution, startTestEmulator } from "../testing/test-emulator";

const ROLE = "arn:aws:iam::123456789012:role/sfn-role";
const PASS = JSON.stringify({ StartAt: "P", States: { P: { Type: "Pass", End: true } } });
const REUSE_SECONDS = 60;

/** A KMS whose keys can be disabled, denied or throttled while the test runs; its ciphertexts name their key and context. */
const disabled = new Set<string>();
const denied = new Set<string>();
const throttled = new Set<string>();
function refusal(keyId: string): FakeJsonAnswer | undefined {
  if (disabled.has(keyId)) return { error: { type: "DisabledException", message: `arn:aws:kms:us-east-1:123456789012:key/${keyId} is disabled.` } };
  if (denied.has(keyId)) return { error: { type: "AccessDeniedException", message: "User is not authorized to perform kms:Decrypt" } };
  if (throttled.has(keyId)) return { error: { type: "ThrottlingException", message: "Rate exceeded" } };
  return undefined;
}
const ciphertextOf = (input: Record<string, unknown>): string => Buffer.from(JSON.stringify([input.KeyId, input.EncryptionContext])).toString("base64");
const kms = new FakeAwsJsonServer(
  "TrentService",
  {
    GenerateDataKey: (input) => refusal(String(input.KeyId)) ?? { output: { KeyId: input.KeyId, CiphertextBlob: ciphertextOf(input), Plaintext: "AAAA" } },
    // Decrypt succeeds only for a data key generated under the same key and encryption context.
    Decrypt: (input) =>
      refusal(String(input.KeyId)) ??
      (input.CiphertextBlob === ciphertextOf(input)
        ? { output: { KeyId: input.KeyId, Plaintext: "AAAA" } }
        : { error: { type: "InvalidCiphertextException", message: "" } }),
  },
  "1.1",
);
const callsOf = (operation: string, keyId: string) => kms.inputsOf(operation).filter((input) => input.KeyId === keyId);

let sfn: SFNClient;
let emulator: Emulator;
beforeAll(async () => {
  // The endpoint comes from AWS_ENDPOINT_URL_KMS; the virtual clock lets a test pass the reuse period (and Waits last).
  ({ sfn, emulator } = await startTestEmulator({ clock: "virtual", waitTimeScale: 1, endpoints: endpointsFromEnv({ AWS_ENDPOINT_URL_KMS: await kms.start() }) }));
});
afterAll(async () => {
  sfn.destroy();
  await emulator.close();
  await kms.stop();
});

const withKey = (kmsKeyId: string): EncryptionConfiguration => ({ type: "CUSTOMER_MANAGED_KMS_KEY", kmsKeyId, kmsDataKeyReusePeriodSeconds: REUSE_SECONDS });
const passReusePeriod = () => emulator.clock.advance(REUSE_SECONDS * 1000);

async function machineWithKey(name: string, kmsKeyId: string, definition = PASS): Promise<string> {
  const created = await sfn.send(new CreateStateMachineCommand({ name, definition, roleArn: ROLE, encryptionConfiguration: withKey(kmsKeyId) }));
  return created.stateMachineArn ?? "";
}

/** The SDK's error with the members KmsInvalidStateException carries. */
async function kmsFailure(call: Promise<unknown>): Promise<{ name: string; message: string; kmsKeyState?: string }> {
  try {
    await call;
  } catch (error) {
    const { name, message, kmsKeyState } = error as { name: string; message: string; kmsKeyState?: string };
    return kmsKeyState === undefined ? { name, message } : { name, message, kmsKeyState };
  }
  throw new Error("the call succeeded");
}

describe("a customer managed key in use, with a KMS endpoint", () => {
  it("keeps serving a disabled key's data keys for the reuse period, then answers KmsInvalidStateException on StartExecution and DescribeExecution", async () => {
    const arn = await machineWithKey("disabled-later", "key-disabled-later");
    const first = (await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }))).executionArn;
    expect((await settledExecution(sfn, first ?? "")).status).toBe("SUCCEEDED");
    disabled.add("key-disabled-later");
    // Within the period the data keys already fetched are reused, so KMS is not asked.
    const second = (await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }))).executionArn;
    expect((await settledExecution(sfn, second ?? "")).status).toBe("SUCCEEDED");
    await passReusePeriod();
    const expected = {
      name: "KmsInvalidStateException",
      message: "The KMS key 'key-disabled-later' is not in a valid state: DisabledException: arn:aws:kms:us-east-1:123456789012:key/key-disabled-later is disabled.",
      kmsKeyState: "DISABLED",
    };
    expect(await kmsFailure(sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: "refused" })))).toEqual(expected);
    expect(await kmsFailure(sfn.send(new DescribeExecutionCommand({ executionArn: first })))).toEqual(expected);
    expect(await kmsFailure(sfn.send(new GetExecutionHistoryCommand({ executionArn: first })))).toEqual(expected);
    // The refused start left no execution behind.
    expect(await failure(sfn.send(new DescribeExecutionCommand({ executionArn: `${first?.split(":").slice(0, 7).join(":")}:refused` })))).toMatchObject({
      name: "ExecutionDoesNotExist",
    });
  });

  it("answers StartSyncExecution with KmsInvalidStateException once a disabled key's reuse period has run out", async () => {
    const created = await sfn.send(
      new CreateStateMachineCommand({ name: "sync-disabled", definition: PASS, roleArn: ROLE, type: "EXPRESS", encryptionConfiguration: withKey("key-sync") }),
    );
    expect((await sfn.send(new StartSyncExecutionCommand({ stateMachineArn: created.stateMachineArn }))).status).toBe("SUCCEEDED");
    disabled.add("key-sync");
    await passReusePeriod();
    expect(await kmsFailure(sfn.send(new StartSyncExecutionCommand({ stateMachineArn: created.stateMachineArn })))).toMatchObject({
      name: "KmsInvalidStateException",
      kmsKeyState: "DISABLED",
    });
  });

  it("answers KmsAccessDeniedException when KMS refuses the caller, and stops without the key when no error or cause is given", async () => {
    const arn = await machineWithKey("denied-later", "key-denied-later", JSON.stringify({ StartAt: "W", States: { W: { Type: "Wait", Seconds: 3600, End: true } } }));
    const executionArn = (await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }))).executionArn;
    denied.add("key-denied-later");
    await passReusePeriod();
    const expected = {
      name: "KmsAccessDeniedException",
      message: "Unable to use the KMS key 'key-denied-later': AccessDeniedException: User is not authorized to perform kms:Decrypt",
    };
    expect(await kmsFailure(sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn })))).toEqual(expected);
    expect(await kmsFailure(sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn })))).toEqual(expected);
    expect(await kmsFailure(sfn.send(new StopExecutionCommand({ executionArn, cause: "operator" })))).toEqual(expected);
    // METADATA_ONLY asks for nothing encrypted, and a stop with neither error nor cause encrypts nothing.
    expect(await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn, includedData: "METADATA_ONLY" }))).toMatchObject({
      name: "denied-later",
      definition: "{}",
    });
    await sfn.send(new StopExecutionCommand({ executionArn }));
    denied.delete("key-denied-later");
    expect((await settledExecution(sfn, executionArn ?? "")).status).toBe("ABORTED");
  });

  it("reuses a decrypted data key for kmsDataKeyReusePeriodSeconds: a second DescribeStateMachine calls KMS only after the period", async () => {
    const arn = await machineWithKey("reused", "key-reused");
    const generated = callsOf("GenerateDataKey", "key-reused");
    expect(generated).toEqual([{ KeyId: "key-reused", KeySpec: "AES_256", EncryptionContext: { "aws:states:stateMachineArn": arn } }]);
    await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
    await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
    // Decrypt takes back the data key generated at creation, under the same encryption context.
    const decrypts = [{ KeyId: "key-reused", CiphertextBlob: ciphertextOf(generated[0] ?? {}), EncryptionContext: { "aws:states:stateMachineArn": arn } }];
    expect(callsOf("Decrypt", "key-reused")).toEqual(decrypts);
    await passReusePeriod();
    // Concurrent reads after the period share one call.
    await Promise.all([1, 2, 3].map(() => sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }))));
    expect(callsOf("Decrypt", "key-reused")).toEqual([...decrypts, ...decrypts]);
  });

  it("calls KMS for nothing a state machine on the AWS owned key does", async () => {
    const before = kms.calls.length;
    const arn = (await sfn.send(new CreateStateMachineCommand({ name: "owned", definition: PASS, roleArn: ROLE }))).stateMachineArn;
    const executionArn = (await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }))).executionArn;
    await settledExecution(sfn, executionArn ?? "");
    await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
    await sfn.send(new GetExecutionHistoryCommand({ executionArn }));
    expect(kms.calls.length).toBe(before);
  });

  it("answers SendTaskSuccess with the Kms error of the execution's key", async () => {
    const activityArn = (await sfn.send(new CreateActivityCommand({ name: "worker" }))).activityArn;
    const definition = JSON.stringify({ StartAt: "T", States: { T: { Type: "Task", Resource: activityArn, End: true } } });
    const arn = await machineWithKey("task-result", "key-busy-later", definition);
    await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));
    const task = await sfn.send(new GetActivityTaskCommand({ activityArn }));
    throttled.add("key-busy-later");
    await passReusePeriod();
    expect(await kmsFailure(sfn.send(new SendTaskSuccessCommand({ taskToken: task.taskToken, output: "{}" })))).toEqual({
      name: "KmsThrottlingException",
      message: "Rate exceeded",
    });
  });

  it("answers GetActivityTask with KmsInvalidStateException when the activity's key is disabled", async () => {
    const activityArn = (await sfn.send(new CreateActivityCommand({ name: "encrypted-worker", encryptionConfiguration: withKey("key-activity") }))).activityArn;
    disabled.add("key-activity");
    expect(await kmsFailure(sfn.send(new GetActivityTaskCommand({ activityArn })))).toMatchObject({ name: "KmsInvalidStateException", kmsKeyState: "DISABLED" });
    expect(callsOf("Decrypt", "key-activity")).toEqual([expect.objectContaining({ EncryptionContext: { "aws:states:activityArn": activityArn } })]);
  });
});
