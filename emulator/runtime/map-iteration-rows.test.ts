/** An inline Map's stored state grows linearly with its items. */
import { SFNClient } from "@aws-sdk/client-sfn";
import { createEmulator } from "../index";
import { faultyStore, type FaultyStore } from "../testing/faulty-store";
import { createMachine, settledExecution, startExecution } from "../testing/test-emulator";

/** An inline Map whose every iteration waits once, so each iteration's end is a step of its own. */
const MAP = {
  StartAt: "Each",
  States: {
    Each: {
      Type: "Map",
      ItemsPath: "$.items",
      MaxConcurrency: 5,
      ItemProcessor: {
        StartAt: "Pause",
        States: { Pause: { Type: "Wait", Seconds: 1, Next: "Echo" }, Echo: { Type: "Pass", End: true } },
      },
      End: true,
    },
  },
};

/** Frame bytes written for one Map execution over `count` items of about 1 KB. */
async function frameBytesFor(count: number): Promise<{ bytes: number; output: unknown[] }> {
  let faulty: FaultyStore | undefined;
  const emulator = await createEmulator(
    { port: 0, inMemory: true, logLevel: "silent", waitTimeScale: 0.001 },
    { wrapStore: (store) => (faulty = faultyStore(store)).store },
  );
  const sfn = new SFNClient({ endpoint: emulator.url, region: "us-east-1", credentials: { accessKeyId: "t", secretAccessKey: "t" }, maxAttempts: 1 });
  try {
    const machine = await createMachine(sfn, MAP);
    const items = Array.from({ length: count }, (_, index) => ({ index, padding: "x".repeat(1000) }));
    const before = (faulty as FaultyStore).frameBytes;
    const arn = await startExecution(sfn, machine, { items });
    const described = await settledExecution(sfn, arn, 30_000);
    expect(described.status).toBe("SUCCEEDED");
    return { bytes: (faulty as FaultyStore).frameBytes - before, output: JSON.parse(described.output ?? "null") as unknown[] };
  } finally {
    sfn.destroy();
    await emulator.close();
  }
}

describe("an inline Map's stored state", () => {
  it("grows linearly with its items: four times the items write about four times the bytes", async () => {
    const small = await frameBytesFor(40);
    const large = await frameBytesFor(160);
    expect(large.output).toHaveLength(160);
    expect((large.output[159] as { index: number }).index).toBe(159);
    // Rewriting every result with the parent at each step would write about 16 times as much.
    expect(large.bytes / small.bytes).toBeLessThan(5);
    // Each item is written a few times (in the input, as an item, as an iteration's input and as a result), never once per step.
    expect(large.bytes).toBeLessThan(160 * 1000 * 8);
  });
});
