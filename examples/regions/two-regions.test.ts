/** The README's two-regions example: one emulator keeps each region's and partition's resources apart. */
import { execFile, spawnSync } from "node:child_process";
import path from "node:path";
import { createEmulator, type Emulator } from "../../emulator/index";

const hasAwsCli = spawnSync("aws", ["--version"], { stdio: "ignore" }).status === 0;
const EXAMPLE = path.join(__dirname, "two-regions.sh");

let emulator: Emulator;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0, inMemory: true, logLevel: "silent" });
});
afterAll(async () => {
  await emulator.close();
});

// Skipped only where the AWS CLI is not installed: the example is a shell script of `aws` calls (CI has it).
(hasAwsCli ? it : it.skip)("runs the README's two-regions example: one ARN per region and partition, each region listing its own", async () => {
  const stdout = await new Promise<string>((resolve, reject) => {
    // The example sets its own credentials; the environment must not carry a profile that would win.
    const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", SFN_ENDPOINT: emulator.url, AWS_EC2_METADATA_DISABLED: "true" };
    execFile("sh", [EXAMPLE], { env, timeout: 60_000 }, (error, out, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(out)));
  });
  expect(stdout.trim().split("\n")).toEqual([
    "arn:aws:states:us-east-1:111122223333:stateMachine:orders",
    "arn:aws:states:eu-west-1:111122223333:stateMachine:orders",
    "arn:aws-cn:states:cn-north-1:111122223333:stateMachine:orders",
    "arn:aws:states:eu-west-1:111122223333:stateMachine:orders",
  ]);
});
