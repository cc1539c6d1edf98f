// Start-up loads only what the first request needs (bench/startup.ts measures the time this saves).
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Packages and generated data the first ListStateMachines does not need: each loads on first use. */
const DEFERRED_PACKAGES = ["express", "ajv", "jsonata", "re2js", "@aws-sdk/client-sfn", "@aws-sdk/client-lambda", "@smithy/core"];
const DEFERRED_MODULES = ["integrations/output-shapes.generated"];

/** In a fresh process: start an emulator, answer one ListStateMachines, list the deferred packages that loaded. */
const SCRIPT = `
const { createEmulator } = require(${JSON.stringify(path.join(__dirname, "index"))});
(async () => {
  const emulator = await createEmulator({ port: 0, inMemory: true, logLevel: "silent" });
  const answer = await fetch(emulator.url + "/", {
    method: "POST",
    headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "AWSStepFunctions.ListStateMachines" },
    body: "{}",
  });
  const loaded = Object.keys(require.cache);
  const deferred = [
    ...${JSON.stringify(DEFERRED_PACKAGES)}.filter((name) => loaded.some((file) => file.includes("/node_modules/" + name + "/"))),
    ...${JSON.stringify(DEFERRED_MODULES)}.filter((name) => loaded.some((file) => file.includes(name))),
  ];
  console.log(JSON.stringify({ status: answer.status, deferred }));
  await emulator.close();
})();
`;

it("answers the first ListStateMachines without loading express, ajv, jsonata, re2js, the AWS SDK or the generated output shapes", async () => {
  const { stdout } = await run(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", SCRIPT], { cwd: path.resolve(__dirname, "..") });
  expect(JSON.parse(stdout)).toEqual({ status: 200, deferred: [] });
});
