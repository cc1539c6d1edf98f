/** The emulator as a library: started in this process on a free port, in memory, and called with the SDK. */
import { ListStateMachinesCommand, SFNClient } from "@aws-sdk/client-sfn";
import { createEmulator } from "sfn-emulator";

async function main(): Promise<void> {
  // Port 0 picks a free port; inMemory keeps nothing on disk.
  const emulator = await createEmulator({ port: 0, inMemory: true, logLevel: "warn" });
  const sfn = new SFNClient({
    endpoint: emulator.url,
    region: "us-east-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
  });
  try {
    const { stateMachines } = await sfn.send(new ListStateMachinesCommand({}));
    console.log(`${emulator.url} has ${stateMachines?.length ?? 0} state machines`);
  } finally {
    sfn.destroy();
    await emulator.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
