/** A small run of the API fuzzer finds no 5xx, hang, dropped connection or answer outside AWS's shape. */
import { createEmulator, type Emulator } from "../../index";
import { FUZZ_CLASSES } from "./fuzz-cases";
import { formatReport, isClean, runFuzz } from "./fuzz-runner";

let emulator: Emulator;

beforeAll(async () => {
  emulator = await createEmulator({ port: 0, host: "127.0.0.1", inMemory: true, logLevel: "silent" });
});

afterAll(async () => {
  await emulator.close();
});

describe("the API fuzzer, small run", () => {
  it("finds no 5xx, hang, dropped connection or answer outside AWS's shape in any class", async () => {
    const report = await runFuzz({ url: emulator.url, perClass: 12, seed: 20261204, deadlineMs: 60_000, requestTimeoutMs: 15_000 });
    expect(Object.keys(report.classes)).toEqual(Object.keys(FUZZ_CLASSES));
    for (const tally of Object.values(report.classes)) expect(tally.requests).toBe(12);
    if (!isClean(report)) throw new Error(formatReport(report));
  }, 90_000);
});
