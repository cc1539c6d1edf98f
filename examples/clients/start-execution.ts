/** StartExecution with the AWS SDK for JavaScript v3: create a state machine, run it, poll until it ends. */
import { CreateStateMachineCommand, DescribeExecutionCommand, SFNClient, StartExecutionCommand } from "@aws-sdk/client-sfn";

const sfn = new SFNClient({
  endpoint: "http://localhost:8083",
  region: "us-east-1",
  credentials: { accessKeyId: "test", secretAccessKey: "test" },
  // StartSyncExecution and TestState are sent to a "sync-" host prefix; keep them on localhost.
  disableHostPrefix: true,
});

async function main(): Promise<void> {
  const { stateMachineArn } = await sfn.send(
    new CreateStateMachineCommand({
      name: "add",
      roleArn: "arn:aws:iam::123456789012:role/any",
      definition: JSON.stringify({
        StartAt: "Add",
        States: { Add: { Type: "Pass", Parameters: { "sum.$": "States.MathAdd($.a, $.b)" }, End: true } },
      }),
    }),
  );
  const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn, input: JSON.stringify({ a: 1, b: 2 }) }));
  let execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
  while (execution.status === "RUNNING") {
    await new Promise((resolve) => setTimeout(resolve, 200));
    execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
  }
  console.log(execution.status, execution.output); // SUCCEEDED {"sum":3}
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
