// Runs one test case of MockConfigFile.json and prints the execution's output.
import { CreateStateMachineCommand, DescribeExecutionCommand, SFNClient, StartExecutionCommand } from "@aws-sdk/client-sfn";

const sfn = new SFNClient({
  endpoint: process.env.SFN_ENDPOINT ?? "http://localhost:8083",
  region: "us-east-1",
  credentials: { accessKeyId: "test", secretAccessKey: "test" },
});

async function main(): Promise<void> {
  const { stateMachineArn } = await sfn.send(
    new CreateStateMachineCommand({
      name: "LambdaSQSIntegration",
      roleArn: "arn:aws:iam::123456789012:role/DummyRole",
      definition: JSON.stringify({
        StartAt: "LambdaState",
        States: {
          LambdaState: {
            Type: "Task",
            Resource: "arn:aws:states:::lambda:invoke",
            Parameters: { "Payload.$": "$", FunctionName: "HelloWorldFunction" },
            Retry: [{ ErrorEquals: ["States.ALL"], IntervalSeconds: 1, MaxAttempts: 3 }],
            Next: "SQSState",
          },
          SQSState: {
            Type: "Task",
            Resource: "arn:aws:states:::sqs:sendMessage",
            Parameters: { QueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/myQueue", "MessageBody.$": "$" },
            End: true,
          },
        },
      }),
    }),
  );
  // The test case goes after '#' in the state machine ARN, as with Step Functions Local.
  const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn: `${stateMachineArn}#HappyPath`, input: "{}" }));
  for (;;) {
    const execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    if (execution.status !== "RUNNING") {
      console.log(execution.status, execution.output);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

void main();
