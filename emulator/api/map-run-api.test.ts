/**
 * Map run operations: a DISTRIBUTED Map's run named, listed and described while it runs and after, and
 * updated with UpdateMapRun.
 */
import {
  CreateStateMachineCommand,
  DescribeMapRunCommand,
  ListMapRunsCommand,
  SFNClient,
  StartExecutionCommand,
  UpdateMapRunCommand,
} from "@aws-sdk/client-sfn";
import { failure, settledExecution, useTestEmulator, waitForEvent } from "../testing/test-emulator";

const ROLE = "arn:aws:iam::123456789012:role/any";
// Four items, two at a time, each waiting a second: the run is observable while it goes.
const DEFINITION = JSON.stringify({
  StartAt: "Run",
  States: {
    Run: {
      Type: "Map",
      Label: "Fan",
      MaxConcurrency: 2,
      ItemsPath: "$.items",
      ItemProcessor: {
        ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
        StartAt: "Pause",
        States: { Pause: { Type: "Wait", Seconds: 1, End: true } },
      },
      End: true,
    },
  },
});

let sfn: SFNClient;
useTestEmulator({ waitTimeScale: 1 }, (started) => ({ sfn } = started));

describe("map runs", () => {
  it("names the run after the Map state when it has no Label: mapRun:<machine>/<state>:<uuid>", async () => {
    const unlabelled = JSON.parse(DEFINITION) as { States: { Run: Record<string, unknown> } };
    delete unlabelled.States.Run["Label"];
    const { stateMachineArn } = await sfn.send(new CreateStateMachineCommand({ name: "unlabelled", definition: JSON.stringify(unlabelled), roleArn: ROLE }));
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn, input: JSON.stringify({ items: [1] }) }));
    const started = await waitForEvent(sfn, executionArn ?? "", "MapRunStarted");
    expect(started.mapRunStartedEventDetails?.mapRunArn).toMatch(
      /^arn:aws:states:us-east-1:123456789012:mapRun:unlabelled\/Run:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });

  it("lists and describes a DISTRIBUTED Map's run while it goes and after it ends, and takes UpdateMapRun", async () => {
    const { stateMachineArn } = await sfn.send(new CreateStateMachineCommand({ name: "fan", definition: DEFINITION, roleArn: ROLE }));
    const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn, input: JSON.stringify({ items: [1, 2, 3, 4] }) }));
    await new Promise((resolve) => setTimeout(resolve, 150));

    const listed = await sfn.send(new ListMapRunsCommand({ executionArn }));
    expect(listed.mapRuns).toHaveLength(1);
    const run = listed.mapRuns?.[0];
    expect(run?.mapRunArn).toMatch(/^arn:aws:states:us-east-1:123456789012:mapRun:fan\/Fan:/);
    expect(run?.stateMachineArn).toBe("arn:aws:states:us-east-1:123456789012:stateMachine:fan/Fan");
    const mapRunArn = run?.mapRunArn as string;

    const running = await sfn.send(new DescribeMapRunCommand({ mapRunArn }));
    expect(running).toMatchObject({ status: "RUNNING", maxConcurrency: 2, itemCounts: { total: 4, running: 2, pending: 2 } });

    await sfn.send(new UpdateMapRunCommand({ mapRunArn, maxConcurrency: 4, toleratedFailureCount: 1 }));
    expect(await sfn.send(new DescribeMapRunCommand({ mapRunArn }))).toMatchObject({ maxConcurrency: 4, toleratedFailureCount: 1 });

    expect((await settledExecution(sfn, executionArn as string)).status).toBe("SUCCEEDED");
    const done = await sfn.send(new DescribeMapRunCommand({ mapRunArn }));
    expect(done).toMatchObject({ status: "SUCCEEDED", itemCounts: { total: 4, succeeded: 4, running: 0, pending: 0 } });
    expect(done.stopDate).toBeInstanceOf(Date);
  });

  it("describes MaxConcurrency as set, also when it equals the number of items", async () => {
    const { stateMachineArn } = await sfn.send(new CreateStateMachineCommand({ name: "as-many", definition: DEFINITION, roleArn: ROLE }));
    const { executionArn = "" } = await sfn.send(new StartExecutionCommand({ stateMachineArn, input: JSON.stringify({ items: [1, 2] }) }));
    const mapRunArn = (await waitForEvent(sfn, executionArn, "MapRunStarted")).mapRunStartedEventDetails?.mapRunArn;
    await settledExecution(sfn, executionArn);
    expect(await sfn.send(new DescribeMapRunCommand({ mapRunArn }))).toMatchObject({ status: "SUCCEEDED", maxConcurrency: 2, itemCounts: { total: 2 } });
  });

  it("answers ResourceNotFound for an unknown map run", async () => {
    const mapRunArn = "arn:aws:states:us-east-1:123456789012:mapRun:none/x:00000000-0000-0000-0000-000000000000";
    expect(await failure(sfn.send(new DescribeMapRunCommand({ mapRunArn })))).toMatchObject({ name: "ResourceNotFound" });
  });
});
