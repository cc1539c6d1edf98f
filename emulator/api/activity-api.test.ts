/**
 * The activity operations: create (idempotently), describe, list in pages and delete, with AWS's
 * errors for bad names and ARNs.
 */
import {
  CreateActivityCommand,
  DeleteActivityCommand,
  DescribeActivityCommand,
  ListActivitiesCommand,
  ListTagsForResourceCommand,
  SFNClient,
} from "@aws-sdk/client-sfn";
import { failure, useTestEmulator } from "../testing/test-emulator";

const PREFIX = "arn:aws:states:us-east-1:123456789012:activity";

let sfn: SFNClient;

// Real waits: some tests need an execution to stay RUNNING.
useTestEmulator({ waitTimeScale: 1 }, (started) => ({ sfn } = started));

describe("activities", () => {
  it("creates an activity idempotently and describes it", async () => {
    const first = await sfn.send(new CreateActivityCommand({ name: "worker", tags: [{ key: "k", value: "v" }] }));
    expect(first.activityArn).toBe(`${PREFIX}:worker`);
    expect(first.creationDate).toBeInstanceOf(Date);
    const second = await sfn.send(new CreateActivityCommand({ name: "worker" }));
    expect(second).toMatchObject({ activityArn: first.activityArn, creationDate: first.creationDate });
    const described = await sfn.send(new DescribeActivityCommand({ activityArn: first.activityArn }));
    expect(described).toMatchObject({ activityArn: first.activityArn, name: "worker", creationDate: first.creationDate });
    expect((await sfn.send(new ListTagsForResourceCommand({ resourceArn: first.activityArn }))).tags).toEqual([{ key: "k", value: "v" }]);
  });

  it("rejects an invalid activity name as InvalidName", async () => {
    expect(await failure(sfn.send(new CreateActivityCommand({ name: "activity name" })))).toEqual({
      name: "InvalidName",
      message: "Invalid Name: 'activity name'",
      status: 400,
    });
  });

  it("lists activities in pages", async () => {
    const names = ["page-1", "page-2", "page-3"];
    for (const name of names) await sfn.send(new CreateActivityCommand({ name }));
    const listed: string[] = [];
    let nextToken: string | undefined;
    do {
      const out = await sfn.send(new ListActivitiesCommand({ maxResults: 2, ...(nextToken ? { nextToken } : {}) }));
      expect((out.activities ?? []).length).toBeLessThanOrEqual(2);
      listed.push(...(out.activities ?? []).map((activity) => activity.name as string));
      nextToken = out.nextToken;
    } while (nextToken);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toEqual(expect.arrayContaining(names));
  });

  it("deletes an activity, after which describing it answers ActivityDoesNotExist", async () => {
    const { activityArn } = await sfn.send(new CreateActivityCommand({ name: "short-lived" }));
    await sfn.send(new DeleteActivityCommand({ activityArn }));
    expect(await failure(sfn.send(new DescribeActivityCommand({ activityArn })))).toEqual({
      name: "ActivityDoesNotExist",
      message: `Activity Does Not Exist: '${activityArn}'`,
      status: 400,
    });
    const listed = await sfn.send(new ListActivitiesCommand({}));
    expect((listed.activities ?? []).map((activity) => activity.activityArn)).not.toContain(activityArn);
  });

  it("answers InvalidArn for an ARN that does not name an activity", async () => {
    const machineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:worker";
    expect((await failure(sfn.send(new DescribeActivityCommand({ activityArn: machineArn })))).name).toBe("InvalidArn");
    expect((await failure(sfn.send(new DeleteActivityCommand({ activityArn: "nonsense" })))).name).toBe("InvalidArn");
  });
});
