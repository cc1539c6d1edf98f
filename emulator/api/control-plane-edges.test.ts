/**
 * Control-plane edge cases answered as AWS does: idempotency, versions, aliases, encryption and KMS,
 * roles, Express executions and stable pagination.
 */
import {
  CreateActivityCommand,
  CreateStateMachineAliasCommand,
  CreateStateMachineCommand,
  DescribeActivityCommand,
  DescribeExecutionCommand,
  DescribeStateMachineAliasCommand,
  DescribeStateMachineCommand,
  DescribeStateMachineForExecutionCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  ListStateMachineVersionsCommand,
  ListTagsForResourceCommand,
  PublishStateMachineVersionCommand,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
  UpdateStateMachineAliasCommand,
  UpdateStateMachineCommand,
  type EncryptionConfiguration,
} from "@aws-sdk/client-sfn";
import { endpointsFromEnv } from "../config";
import { FakeAwsJsonServer } from "../integrations/testing/fake-aws-json-server";
import { failure, settledExecution, startTestEmulator, useTestEmulator } from "../testing/test-emulator";

const ROLE = "arn:aws:iam::123456789012:role/sfn-role";
const OTHER_ROLE = "arn:aws:iam::123456789012:role/other-role";
const PASS = JSON.stringify({ StartAt: "P", States: { P: { Type: "Pass", End: true } } });
const PASS_RESULT = JSON.stringify({ StartAt: "P", States: { P: { Type: "Pass", Result: 1, End: true } } });
const CUSTOMER_KEY: EncryptionConfiguration = { type: "CUSTOMER_MANAGED_KMS_KEY", kmsKeyId: "alias/orders", kmsDataKeyReusePeriodSeconds: 120 };

let sfn: SFNClient;
useTestEmulator({}, (started) => ({ sfn } = started));

async function create(name: string, extra: Partial<ConstructorParameters<typeof CreateStateMachineCommand>[0]> = {}): Promise<string> {
  const created = await sfn.send(new CreateStateMachineCommand({ name, definition: PASS, roleArn: ROLE, ...extra }));
  return created.stateMachineArn ?? "";
}

describe("CreateStateMachine idempotency", () => {
  it("returns the existing machine unchanged when only the role and tags differ", async () => {
    const arn = await create("idempotent", { tags: [{ key: "team", value: "a" }] });
    const first = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
    const again = await sfn.send(
      new CreateStateMachineCommand({ name: "idempotent", definition: PASS, roleArn: OTHER_ROLE, tags: [{ key: "team", value: "b" }] }),
    );
    expect(again).toMatchObject({ stateMachineArn: arn, creationDate: first.creationDate });
    expect((await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }))).roleArn).toBe(ROLE);
    expect((await sfn.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags).toEqual([{ key: "team", value: "a" }]);
  });

  it("is StateMachineAlreadyExists when the logging or type differ", async () => {
    const arn = await create("not-idempotent");
    const logging = { level: "ALL" as const, destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: "arn:aws:logs:us-east-1:123456789012:log-group:g:*" } }] };
    expect(await failure(create("not-idempotent", { loggingConfiguration: logging }))).toEqual({
      name: "StateMachineAlreadyExists",
      message: `State Machine Already Exists: '${arn}'`,
      status: 400,
    });
    expect((await failure(create("not-idempotent", { type: "EXPRESS" }))).name).toBe("StateMachineAlreadyExists");
  });
});

describe("versions", () => {
  it("refuses a versionDescription without publish on create and update, in AWS's words", async () => {
    // Recorded from AWS on CreateStateMachine (LocalStack's test_sfn_api_versioning snapshot, 2023-08-11).
    const expected = { name: "ValidationException", message: "Version description can only be set when publish is true", status: 400 };
    expect(await failure(create("description-alone", { versionDescription: "v1" }))).toEqual(expected);
    const arn = await create("description-alone");
    expect(await failure(sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: PASS_RESULT, versionDescription: "v2" })))).toEqual(
      expected,
    );
  });

  it("publishes a new version for a new description even when the definition is unchanged", async () => {
    const arn = await create("described", { publish: true, versionDescription: "first" });
    const updated = await sfn.send(
      new UpdateStateMachineCommand({ stateMachineArn: arn, definition: PASS, publish: true, versionDescription: "second" }),
    );
    expect(updated.stateMachineVersionArn).toBe(`${arn}:2`);
    expect((await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: `${arn}:2` }))).description).toBe("second");
    expect((await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: `${arn}:1` }))).description).toBe("first");
  });

  it("shows the version's revisionId to DescribeStateMachineForExecution of an execution started on it", async () => {
    const arn = await create("revisioned");
    const updated = await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: PASS_RESULT }));
    const version = await sfn.send(new PublishStateMachineVersionCommand({ stateMachineArn: arn }));
    const started = await sfn.send(new StartExecutionCommand({ stateMachineArn: version.stateMachineVersionArn }));
    const described = await sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn: started.executionArn }));
    expect(described.revisionId).toBe(updated.revisionId);
    expect(described.definition).toBe(PASS_RESULT);
  });

  it("pages versions with tokens that survive new versions being published", async () => {
    const arn = await create("many-versions");
    for (let index = 0; index < 4; index++) {
      await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: JSON.stringify({ StartAt: "P", States: { P: { Type: "Pass", Result: index, End: true } } }), publish: true }));
    }
    const first = await sfn.send(new ListStateMachineVersionsCommand({ stateMachineArn: arn, maxResults: 2 }));
    await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: PASS_RESULT, publish: true }));
    const second = await sfn.send(new ListStateMachineVersionsCommand({ stateMachineArn: arn, maxResults: 2, nextToken: first.nextToken }));
    expect([...(first.stateMachineVersions ?? []), ...(second.stateMachineVersions ?? [])].map((v) => v.stateMachineVersionArn)).toEqual(
      [4, 3, 2, 1].map((number) => `${arn}:${number}`),
    );
    expect(second.nextToken).toBeUndefined();
  });
});

describe("aliases", () => {
  async function twoVersions(name: string): Promise<[string, string]> {
    const arn = await create(name, { publish: true });
    const second = await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: PASS_RESULT, publish: true }));
    return [`${arn}:1`, second.stateMachineVersionArn ?? ""];
  }

  it("refuses routing to versions of two different state machines", async () => {
    const [a] = await twoVersions("alias-one");
    const [b] = await twoVersions("alias-two");
    const error = await failure(
      sfn.send(new CreateStateMachineAliasCommand({ name: "mixed", routingConfiguration: [{ stateMachineVersionArn: a, weight: 50 }, { stateMachineVersionArn: b, weight: 50 }] })),
    );
    // No AWS answer is on record for this one: the wording follows AWS's recorded routing messages.
    expect(error).toEqual({
      name: "ValidationException",
      message: `Routing configuration must contain state machine version ARNs of the same state machine. Received: [${a}, ${b}]`,
      status: 400,
    });
  });

  it("describes a new alias with updateDate equal to creationDate, and refuses an update that changes nothing", async () => {
    const [v1] = await twoVersions("alias-dates");
    const created = await sfn.send(new CreateStateMachineAliasCommand({ name: "live", routingConfiguration: [{ stateMachineVersionArn: v1, weight: 100 }] }));
    const described = await sfn.send(new DescribeStateMachineAliasCommand({ stateMachineAliasArn: created.stateMachineAliasArn }));
    expect(described.updateDate).toEqual(described.creationDate);
    expect(await failure(sfn.send(new UpdateStateMachineAliasCommand({ stateMachineAliasArn: created.stateMachineAliasArn })))).toEqual({
      name: "ValidationException",
      message: "Either the description or the RoutingConfiguration must be specified",
      status: 400,
    });
  });

  it("answers a missing alias with ResourceNotFound in AWS's words", async () => {
    const arn = await create("alias-missing");
    expect(await failure(sfn.send(new DescribeStateMachineAliasCommand({ stateMachineAliasArn: `${arn}:nothing` })))).toEqual({
      name: "ResourceNotFound",
      message: "Request references a resource that does not exist.",
      status: 400,
    });
    expect((await failure(sfn.send(new UpdateStateMachineAliasCommand({ stateMachineAliasArn: `${arn}:nothing`, description: "d" })))).name).toBe(
      "ResourceNotFound",
    );
  });
});

describe("encryption", () => {
  it("stores and describes an activity's customer managed key", async () => {
    const created = await sfn.send(new CreateActivityCommand({ name: "encrypted", encryptionConfiguration: CUSTOMER_KEY }));
    expect((await sfn.send(new DescribeActivityCommand({ activityArn: created.activityArn }))).encryptionConfiguration).toEqual(CUSTOMER_KEY);
  });

  it("is ActivityAlreadyExists for the same name with other settings, worded as AWS's other Already Exists errors", async () => {
    const created = await sfn.send(new CreateActivityCommand({ name: "settled" }));
    expect(await failure(sfn.send(new CreateActivityCommand({ name: "settled", encryptionConfiguration: CUSTOMER_KEY })))).toEqual({
      name: "ActivityAlreadyExists",
      message: `Activity Already Exists: '${created.activityArn}'`,
      status: 400,
    });
  });

  it("is InvalidEncryptionConfiguration for a customer managed key with no key id, on activities and machines", async () => {
    const keyless: EncryptionConfiguration = { type: "CUSTOMER_MANAGED_KMS_KEY" };
    const expected = {
      name: "InvalidEncryptionConfiguration",
      message: "Invalid Encryption Configuration: a CUSTOMER_MANAGED_KMS_KEY encryption configuration needs a kmsKeyId.",
      status: 400,
    };
    expect(await failure(sfn.send(new CreateActivityCommand({ name: "keyless", encryptionConfiguration: keyless })))).toEqual(expected);
    expect(await failure(create("keyless", { encryptionConfiguration: keyless }))).toEqual(expected);
  });

  // The model's range (60 to 900) is checked before the operation, as AWS checks its routing weights.
  it.each([
    [59, "greater than or equal to 60"],
    [901, "less than or equal to 900"],
  ])("range-checks kmsDataKeyReusePeriodSeconds %i as a constraint of the model", async (seconds, bound) => {
    const encryptionConfiguration = { ...CUSTOMER_KEY, kmsDataKeyReusePeriodSeconds: seconds };
    const expected = {
      name: "ValidationException",
      message: `1 validation error detected: Value '${seconds}' at 'encryptionConfiguration.kmsDataKeyReusePeriodSeconds' failed to satisfy constraint: Member must have value ${bound}`,
      status: 400,
    };
    expect(await failure(create(`reuse-${seconds}`, { encryptionConfiguration }))).toEqual(expected);
    expect(await failure(sfn.send(new CreateActivityCommand({ name: `reuse-${seconds}`, encryptionConfiguration })))).toEqual(expected);
  });

  describe("with a KMS endpoint", () => {
    // KMS's answers to GenerateDataKey for each key, as KMS gives them.
    const refusals: Record<string, { type: string; message: string }> = {
      "key-disabled": { type: "DisabledException", message: "arn:aws:kms:us-east-1:123456789012:key/key-disabled is disabled." },
      "key-rsa": { type: "InvalidKeyUsageException", message: "arn:aws:kms:us-east-1:123456789012:key/key-rsa key usage is SIGN_VERIFY which is not valid for GenerateDataKey." },
      "key-busy": { type: "ThrottlingException", message: "Rate exceeded" },
      "key-other": { type: "AccessDeniedException", message: "User is not authorized to use the key" },
    };
    const kms = new FakeAwsJsonServer(
      "TrentService",
      {
        GenerateDataKey: (input) => {
          const refusal = refusals[String(input.KeyId)];
          if (refusal !== undefined) return { error: refusal };
          return { output: { KeyId: input.KeyId, CiphertextBlob: "AAAA", Plaintext: "AAAA" } };
        },
      },
      "1.1",
    );
    let kmsSfn: SFNClient;
    let close: () => Promise<void>;
    beforeAll(async () => {
      // The endpoint comes from AWS_ENDPOINT_URL_KMS, as the CLI reads it from the environment.
      const started = await startTestEmulator({ endpoints: endpointsFromEnv({ AWS_ENDPOINT_URL_KMS: await kms.start() }) });
      kmsSfn = started.sfn;
      close = () => started.emulator.close();
    });
    afterAll(async () => {
      kmsSfn.destroy();
      await close();
      await kms.stop();
    });

    const withKey = (kmsKeyId: string) => ({ type: "CUSTOMER_MANAGED_KMS_KEY" as const, kmsKeyId });

    it("accepts an enabled key, generating a data key under the encryption context AWS documents", async () => {
      const machine = await kmsSfn.send(
        new CreateStateMachineCommand({ name: "kms-ok", definition: PASS, roleArn: ROLE, encryptionConfiguration: withKey("key-enabled") }),
      );
      const activity = await kmsSfn.send(new CreateActivityCommand({ name: "kms-ok", encryptionConfiguration: withKey("key-enabled") }));
      expect(kms.inputsOf("GenerateDataKey")).toEqual(
        expect.arrayContaining([
          { KeyId: "key-enabled", KeySpec: "AES_256", EncryptionContext: { "aws:states:stateMachineArn": machine.stateMachineArn } },
          { KeyId: "key-enabled", KeySpec: "AES_256", EncryptionContext: { "aws:states:activityArn": activity.activityArn } },
        ]),
      );
    });

    // CreateActivity, CreateStateMachine and UpdateStateMachine declare no KmsInvalidStateException in
    // AWS's model; its InvalidEncryptionConfiguration covers a key that is "not symmetric or inactive".
    it("is InvalidEncryptionConfiguration for a disabled key or one that is not symmetric", async () => {
      const disabled = await failure(kmsSfn.send(new CreateActivityCommand({ name: "kms-disabled", encryptionConfiguration: withKey("key-disabled") })));
      expect(disabled).toEqual({
        name: "InvalidEncryptionConfiguration",
        message: `Invalid Encryption Configuration: the KMS key 'key-disabled' cannot be used: DisabledException: ${refusals["key-disabled"]?.message ?? ""}`,
        status: 400,
      });
      const arn = (await kmsSfn.send(new CreateStateMachineCommand({ name: "kms-rsa", definition: PASS, roleArn: ROLE }))).stateMachineArn;
      const asymmetric = await failure(kmsSfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, encryptionConfiguration: withKey("key-rsa") })));
      expect(asymmetric).toEqual({
        name: "InvalidEncryptionConfiguration",
        message: `Invalid Encryption Configuration: the KMS key 'key-rsa' cannot be used: InvalidKeyUsageException: ${refusals["key-rsa"]?.message ?? ""}`,
        status: 400,
      });
    });

    it("is KmsThrottlingException when KMS throttles the key check", async () => {
      const error = await failure(kmsSfn.send(new CreateActivityCommand({ name: "kms-busy", encryptionConfiguration: withKey("key-busy") })));
      expect(error).toEqual({ name: "KmsThrottlingException", message: "Rate exceeded", status: 400 });
    });

    it("is KmsAccessDeniedException for a key KMS will not let the caller use", async () => {
      const error = await failure(
        kmsSfn.send(new CreateStateMachineCommand({ name: "kms-denied", definition: PASS, roleArn: ROLE, encryptionConfiguration: withKey("key-other") })),
      );
      expect(error).toEqual({
        name: "KmsAccessDeniedException",
        message: "Unable to use the KMS key 'key-other': AccessDeniedException: User is not authorized to use the key",
        status: 400,
      });
    });
  });
});

describe("roles", () => {
  // AWS's words for a role that is not one: "Invalid Role Arn: '<value>'" (aws/amazon-sagemaker-examples#2432).
  it.each([["not-an-arn"], ["arn:aws:iam::1234:role/short-account"], ["arn:aws:iam::123456789012:user/someone"], ["arn:aws:iam::aws:policy/AWSBatchFullAccess"]])(
    "refuses the roleArn %s as InvalidArn on create and update",
    async (roleArn) => {
      const expected = { name: "InvalidArn", message: `Invalid Role Arn: '${roleArn}'`, status: 400 };
      expect(await failure(sfn.send(new CreateStateMachineCommand({ name: "bad-role", definition: PASS, roleArn })))).toEqual(expected);
      const arn = await create(`role-update-${roleArn.length}`);
      expect(await failure(sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, roleArn })))).toEqual(expected);
    },
  );
});

describe("Express executions", () => {
  it("answers ListExecutions on an EXPRESS machine and the execution-only operations on an express ARN as AWS does", async () => {
    const arn = await create("express-edges", { type: "EXPRESS" });
    expect(await failure(sfn.send(new ListExecutionsCommand({ stateMachineArn: arn })))).toEqual({
      name: "StateMachineTypeNotSupported",
      message: "This operation is not supported by this type of state machine",
      status: 400,
    });
    const started = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));
    const executionArn = started.executionArn ?? "";
    expect(executionArn).toContain(":express:");
    const expected = { name: "InvalidArn", message: "Invalid Arn: 'Resource type not valid in this context: express'", status: 400 };
    expect(await failure(sfn.send(new DescribeExecutionCommand({ executionArn })))).toEqual(expected);
    expect(await failure(sfn.send(new GetExecutionHistoryCommand({ executionArn })))).toEqual(expected);
    expect(await failure(sfn.send(new StopExecutionCommand({ executionArn })))).toEqual(expected);
  });

  // No recording; awslabs/visual-asset-management-system#344 reports AWS's StopExecution succeeding on a
  // SUCCEEDED execution and leaving it SUCCEEDED.
  it("leaves an ended Standard execution as it ended when it is stopped", async () => {
    const arn = await create("stop-ended");
    const started = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));
    const ended = await settledExecution(sfn, started.executionArn ?? "");
    const stopped = await sfn.send(new StopExecutionCommand({ executionArn: started.executionArn }));
    expect(stopped.stopDate).toEqual(ended.stopDate);
    expect((await sfn.send(new DescribeExecutionCommand({ executionArn: started.executionArn }))).status).toBe("SUCCEEDED");
  });
});

describe("ListExecutions pagination", () => {
  it("keeps its tokens stable while new executions start, and refuses a token from another listing", async () => {
    const arn = await create("paged-executions");
    const names = ["e1", "e2", "e3", "e4"];
    for (const name of names) await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name }));
    const first = await sfn.send(new ListExecutionsCommand({ stateMachineArn: arn, maxResults: 2 }));
    await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: "late" }));
    const second = await sfn.send(new ListExecutionsCommand({ stateMachineArn: arn, maxResults: 2, nextToken: first.nextToken }));
    const seen = [...(first.executions ?? []), ...(second.executions ?? [])].map((execution) => execution.name);
    expect(seen.sort()).toEqual(names);
    expect(second.nextToken).toBeUndefined();
    const other = await create("paged-other");
    expect(await failure(sfn.send(new ListExecutionsCommand({ stateMachineArn: other, nextToken: first.nextToken })))).toEqual({
      name: "InvalidToken",
      message: "Invalid Token: 'Invalid token'",
      status: 400,
    });
  });
});
