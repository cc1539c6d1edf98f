/**
 * The order workflow example: shipped a day after charging once the warehouse confirms, failed when
 * backordered or the card is declined.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CreateStateMachineCommand, SendTaskSuccessCommand } from "@aws-sdk/client-sfn";
import { assertCoverage, startEmulator, type RunningEmulator } from "sfn-emulator";
import "sfn-emulator/jest";

const DAY = 24 * 60 * 60 * 1000;

/** The warehouse queue that ConfirmShipment sends to: the test reads it as the warehouse worker would. */
interface WarehouseMessage {
  orderId: string;
  taskToken: string;
}
const queued: WarehouseMessage[] = [];
let receiver: ((message: WarehouseMessage) => void) | undefined;
function nextWarehouseMessage(): Promise<WarehouseMessage> {
  const message = queued.shift();
  return message ? Promise.resolve(message) : new Promise((resolve) => (receiver = resolve));
}

let emu: RunningEmulator;
let orderWorkflow: string;

beforeAll(async () => {
  emu = await startEmulator({
    // Time jumps to the next deadline whenever nothing else can happen: a day's Wait takes no time.
    clock: "auto",
    clockStart: "2030-01-01T09:00:00Z",
    seed: "order-workflow",
    mockConfig: path.join(__dirname, "mock-config.json"),
    handlers: {
      "sqs:sendMessage": (input: unknown) => {
        const message = (input as { MessageBody: WarehouseMessage }).MessageBody;
        if (receiver) receiver(message);
        else queued.push(message);
        return { MessageId: "msg-1" };
      },
    },
  });
  const created = await emu.client.send(
    new CreateStateMachineCommand({
      name: "OrderWorkflow",
      definition: fs.readFileSync(path.join(__dirname, "order-workflow.asl.json"), "utf8"),
      roleArn: "arn:aws:iam::123456789012:role/orders",
    }),
  );
  orderWorkflow = created.stateMachineArn ?? "";
});

afterAll(async () => {
  try {
    // The three tests below took every state, every edge, the Choice rule and Default, the Retrier and the Catcher.
    assertCoverage(emu.coverage(), { states: 1, transitions: 1, choiceRules: 1, retriers: 1, catchers: 1 });
  } finally {
    await emu.stop();
  }
});

test("ships an order a day after charging it, once the warehouse confirms", async () => {
  const running = emu.run(orderWorkflow, { orderId: "o-1" }, { testCase: "HappyPath" });
  const message = await nextWarehouseMessage();
  expect(message.orderId).toBe("o-1");
  await emu.client.send(new SendTaskSuccessCommand({ taskToken: message.taskToken, output: '{"trackingNumber":"TRK-1"}' }));
  const result = await running;

  expect(result).toHaveSucceededWith({
    orderId: "o-1",
    payment: { chargeId: "ch_1001" },
    stock: { inStock: true },
    shipment: { trackingNumber: "TRK-1" },
  });
  expect(result).toHaveVisitedInOrder(["ChargePayment", "CheckStock", "InStock?", "WaitForCourierSlot", "ConfirmShipment", "Shipped"]);
  // The gateway was busy twice: retried after 30 s, then 60 s; the courier slot came a day later.
  const start = result.history[0]?.timestamp?.getTime() ?? 0;
  const scheduled = result.history.filter((event) => event.type === "TaskScheduled").map((event) => (event.timestamp?.getTime() ?? 0) - start);
  expect(scheduled).toEqual([0, 30_000, 90_000, 90_000, 90_000 + DAY]);
});

test("fails a backordered order without waiting for a courier", async () => {
  const result = await emu.run(orderWorkflow, { orderId: "o-2" }, { testCase: "OutOfStock" });
  expect(result).toHaveFailedWith("Order.Backordered", "The item is out of stock");
  expect(result).not.toHaveVisited(["WaitForCourierSlot"]);
});

test("fails an order whose card is declined, through the Catch", async () => {
  const result = await emu.run(orderWorkflow, { orderId: "o-3" }, { testCase: "CardDeclined" });
  expect(result).toHaveFailedWith("Order.PaymentFailed");
  expect(result).toHaveVisitedInOrder(["ChargePayment", "PaymentFailed"]);
});
