/**
 * The state machine operations: create, describe, update, delete, list in pages, describe for an
 * execution, and tags, with AWS's errors.
 */
import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  DescribeStateMachineCommand,
  DescribeStateMachineForExecutionCommand,
  ListStateMachinesCommand,
  ListTagsForResourceCommand,
  SFNClient,
  StartExecutionCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateStateMachineCommand,
  type StateMachineListItem,
} from "@aws-sdk/client-sfn";
import { failure, useTestEmulator } from "../testing/test-emulator";

const ROLE = "arn:aws:iam::123456789012:role/sfn-role";
const PASS = JSON.stringify({ StartAt: "P", States: { P: { Type: "Pass", End: true } } });
const PASS_RESULT = JSON.stringify({ StartAt: "P", States: { P: { Type: "Pass", Result: 1, End: true } } });

let sfn: SFNClient;

// Real waits: some tests need an execution to stay RUNNING.
useTestEmulator({ waitTimeScale: 1 }, (started) => ({ sfn } = started));

async function create(name: string, definition = PASS): Promise<string> {
  const out = await sfn.send(new CreateStateMachineCommand({ name, definition, roleArn: ROLE }));
  return out.stateMachineArn as string;
}

describe("CreateStateMachine", () => {
  it("returns the ARN built from account, region and name, and a creation date", async () => {
    const before = Date.now();
    const out = await sfn.send(new CreateStateMachineCommand({ name: "create-basic", definition: PASS, roleArn: ROLE }));
    expect(out.stateMachineArn).toBe("arn:aws:states:us-east-1:123456789012:stateMachine:create-basic");
    expect(out.creationDate).toBeInstanceOf(Date);
    expect((out.creationDate as Date).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(out.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("is idempotent for the same name and definition", async () => {
    const first = await sfn.send(new CreateStateMachineCommand({ name: "create-twice", definition: PASS, roleArn: ROLE }));
    const second = await sfn.send(new CreateStateMachineCommand({ name: "create-twice", definition: PASS, roleArn: ROLE }));
    expect(second.stateMachineArn).toBe(first.stateMachineArn);
    expect(second.creationDate).toEqual(first.creationDate);
  });

  it("rejects the same name with another definition as StateMachineAlreadyExists", async () => {
    const arn = await create("create-conflict");
    const error = await failure(
      sfn.send(new CreateStateMachineCommand({ name: "create-conflict", definition: PASS_RESULT, roleArn: ROLE })),
    );
    expect(error).toEqual({ name: "StateMachineAlreadyExists", message: `State Machine Already Exists: '${arn}'`, status: 400 });
  });

  it.each([["has space"], ["a".repeat(81)], ["star*"], ["brace{"]])("rejects the name %j as InvalidName", async (name) => {
    const error = await failure(sfn.send(new CreateStateMachineCommand({ name, definition: PASS, roleArn: ROLE })));
    expect(error.name).toMatch(/^(InvalidName|ValidationException)$/);
    expect(error.status).toBe(400);
  });

  it("rejects a name with a space as InvalidName and quotes it", async () => {
    const error = await failure(sfn.send(new CreateStateMachineCommand({ name: "bad name", definition: PASS, roleArn: ROLE })));
    expect(error).toEqual({ name: "InvalidName", message: "Invalid Name: 'bad name'", status: 400 });
  });

  it("rejects a definition that is not JSON as InvalidDefinition", async () => {
    const error = await failure(sfn.send(new CreateStateMachineCommand({ name: "not-json", definition: "{nope", roleArn: ROLE })));
    expect(error.name).toBe("InvalidDefinition");
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/^Invalid State Machine Definition: /);
  });

  it("rejects a definition without StartAt as InvalidDefinition", async () => {
    const definition = JSON.stringify({ States: { P: { Type: "Pass", End: true } } });
    const error = await failure(sfn.send(new CreateStateMachineCommand({ name: "no-start", definition, roleArn: ROLE })));
    expect(error.name).toBe("InvalidDefinition");
    expect(error.message).toContain("StartAt");
  });

  it("rejects a missing roleArn before anything else", async () => {
    const error = await failure(
      sfn.send(new CreateStateMachineCommand({ name: "no-role", definition: PASS } as never)),
    );
    expect(error.name).toBe("ValidationException");
    expect(error.status).toBe(400);
  });
});

describe("DescribeStateMachine", () => {
  it("describes a state machine as AWS does", async () => {
    const arn = await create("describe-me");
    const out = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
    expect(out).toMatchObject({
      stateMachineArn: arn,
      name: "describe-me",
      status: "ACTIVE",
      definition: PASS,
      roleArn: ROLE,
      type: "STANDARD",
      loggingConfiguration: { level: "OFF", includeExecutionData: false },
      tracingConfiguration: { enabled: false },
    });
    expect(out.creationDate).toBeInstanceOf(Date);
  });

  it("answers StateMachineDoesNotExist for an unknown machine", async () => {
    const arn = "arn:aws:states:us-east-1:123456789012:stateMachine:nobody";
    const error = await failure(sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn })));
    expect(error).toEqual({ name: "StateMachineDoesNotExist", message: `State Machine Does Not Exist: '${arn}'`, status: 400 });
  });

  it("answers InvalidArn for something that is not a state machine ARN", async () => {
    const error = await failure(sfn.send(new DescribeStateMachineCommand({ stateMachineArn: "not-an-arn" })));
    expect(error).toEqual({ name: "InvalidArn", message: "Invalid Arn: 'Invalid ARN prefix: not-an-arn'", status: 400 });
  });
});

describe("UpdateStateMachine", () => {
  it("changes the definition and role and reports an update date and revision", async () => {
    const arn = await create("update-me");
    const role = "arn:aws:iam::123456789012:role/other";
    const out = await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: PASS_RESULT, roleArn: role }));
    expect(out.updateDate).toBeInstanceOf(Date);
    expect(out.revisionId).toEqual(expect.any(String));
    const described = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
    expect(described).toMatchObject({ definition: PASS_RESULT, roleArn: role, revisionId: out.revisionId });
  });

  it("rejects an update that changes nothing as MissingRequiredParameter", async () => {
    const arn = await create("update-nothing");
    const error = await failure(sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn })));
    expect(error.name).toBe("MissingRequiredParameter");
    expect(error.status).toBe(400);
  });

  it("rejects an invalid definition and keeps the old one", async () => {
    const arn = await create("update-invalid");
    const error = await failure(sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: "[]" })));
    expect(error.name).toBe("InvalidDefinition");
    const described = await sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
    expect(described.definition).toBe(PASS);
  });

  it("answers StateMachineDoesNotExist for an unknown machine", async () => {
    const arn = "arn:aws:states:us-east-1:123456789012:stateMachine:ghost";
    const error = await failure(sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: PASS })));
    expect(error.name).toBe("StateMachineDoesNotExist");
  });
});

describe("DeleteStateMachine", () => {
  it("deletes a machine, after which it is gone, and deleting again still succeeds", async () => {
    const arn = await create("delete-me");
    await sfn.send(new DeleteStateMachineCommand({ stateMachineArn: arn }));
    expect((await failure(sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn })))).name).toBe(
      "StateMachineDoesNotExist",
    );
    await expect(sfn.send(new DeleteStateMachineCommand({ stateMachineArn: arn }))).resolves.toBeDefined();
  });

  it("answers InvalidArn for a malformed ARN", async () => {
    const error = await failure(sfn.send(new DeleteStateMachineCommand({ stateMachineArn: "arn:aws:states:us-east-1:123456789012:activity:x" })));
    expect(error.name).toBe("InvalidArn");
  });
});

describe("ListStateMachines", () => {
  it("pages with maxResults and nextToken without losing or repeating a machine", async () => {
    const names = ["list-a", "list-b", "list-c", "list-d", "list-e"];
    for (const name of names) await create(name);
    const seen: StateMachineListItem[] = [];
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const out = await sfn.send(new ListStateMachinesCommand({ maxResults: 2, ...(nextToken ? { nextToken } : {}) }));
      expect((out.stateMachines ?? []).length).toBeLessThanOrEqual(2);
      seen.push(...(out.stateMachines ?? []));
      nextToken = out.nextToken;
      pages++;
    } while (nextToken);
    const listed = seen.map((item) => item.name);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toEqual(expect.arrayContaining(names));
    expect(pages).toBe(Math.ceil(listed.length / 2));
    const item = seen.find((entry) => entry.name === "list-c");
    expect(item).toMatchObject({ stateMachineArn: "arn:aws:states:us-east-1:123456789012:stateMachine:list-c", type: "STANDARD" });
    expect(item?.creationDate).toBeInstanceOf(Date);
  });

  it("rejects a token it did not issue as InvalidToken", async () => {
    const error = await failure(sfn.send(new ListStateMachinesCommand({ nextToken: "garbage" })));
    expect(error.name).toBe("InvalidToken");
  });

  it("rejects maxResults above 1000 as ValidationException", async () => {
    const error = await failure(sfn.send(new ListStateMachinesCommand({ maxResults: 1001 })));
    expect(error.name).toBe("ValidationException");
  });
});

describe("DescribeStateMachineForExecution", () => {
  it("returns the definition the execution ran, not a later update", async () => {
    const arn = await create("for-execution");
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: arn }));
    await sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: PASS_RESULT }));
    const out = await sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn }));
    expect(out).toMatchObject({ stateMachineArn: arn, name: "for-execution", definition: PASS, roleArn: ROLE });
    expect(out.updateDate).toBeInstanceOf(Date);
  });

  it("answers ExecutionDoesNotExist for an unknown execution", async () => {
    const executionArn = "arn:aws:states:us-east-1:123456789012:execution:for-execution:nope";
    const error = await failure(sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn })));
    expect(error).toEqual({ name: "ExecutionDoesNotExist", message: `Execution Does Not Exist: '${executionArn}'`, status: 400 });
  });
});

describe("tags", () => {
  it("tags, lists and untags a state machine", async () => {
    const arn = await create("tagged");
    await sfn.send(new TagResourceCommand({ resourceArn: arn, tags: [{ key: "team", value: "a" }, { key: "env", value: "dev" }] }));
    await sfn.send(new TagResourceCommand({ resourceArn: arn, tags: [{ key: "team", value: "b" }] }));
    const listed = await sfn.send(new ListTagsForResourceCommand({ resourceArn: arn }));
    expect(listed.tags).toEqual(expect.arrayContaining([{ key: "team", value: "b" }, { key: "env", value: "dev" }]));
    expect(listed.tags).toHaveLength(2);
    await sfn.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ["team", "absent"] }));
    expect((await sfn.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags).toEqual([{ key: "env", value: "dev" }]);
  });

  it("keeps tags given at creation", async () => {
    const out = await sfn.send(
      new CreateStateMachineCommand({ name: "tagged-at-birth", definition: PASS, roleArn: ROLE, tags: [{ key: "k", value: "v" }] }),
    );
    expect((await sfn.send(new ListTagsForResourceCommand({ resourceArn: out.stateMachineArn }))).tags).toEqual([{ key: "k", value: "v" }]);
  });

  it("answers ResourceNotFound for an unknown resource", async () => {
    const arn = "arn:aws:states:us-east-1:123456789012:stateMachine:untagged-ghost";
    for (const call of [
      sfn.send(new TagResourceCommand({ resourceArn: arn, tags: [{ key: "a", value: "b" }] })),
      sfn.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ["a"] })),
      sfn.send(new ListTagsForResourceCommand({ resourceArn: arn })),
    ]) {
      const error = await failure(call);
      expect(error).toEqual({ name: "ResourceNotFound", message: `Resource not found: '${arn}'`, status: 400 });
    }
  });

  it("rejects a tag key that is too long as ValidationException", async () => {
    const arn = await create("tag-too-long");
    const error = await failure(sfn.send(new TagResourceCommand({ resourceArn: arn, tags: [{ key: "k".repeat(129), value: "v" }] })));
    expect(error.name).toBe("ValidationException");
  });
});
