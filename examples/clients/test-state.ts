/** TestState with the AWS SDK v3: one Pass state run on its own, with DEBUG inspection data. */
import { SFNClient, TestStateCommand } from "@aws-sdk/client-sfn";

const sfn = new SFNClient({
  endpoint: "http://localhost:8083",
  region: "us-east-1",
  credentials: { accessKeyId: "test", secretAccessKey: "test" },
  disableHostPrefix: true,
});

async function main(): Promise<void> {
  const out = await sfn.send(
    new TestStateCommand({
      definition: JSON.stringify({ Type: "Pass", Parameters: { "sum.$": "States.MathAdd($.a, $.b)" }, End: true }),
      roleArn: "arn:aws:iam::123456789012:role/any",
      input: JSON.stringify({ a: 1, b: 2 }),
      inspectionLevel: "DEBUG",
    }),
  );
  console.log(out.status, out.output, out.inspectionData?.afterParameters); // SUCCEEDED {"sum": 3} {"sum": 3}
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
