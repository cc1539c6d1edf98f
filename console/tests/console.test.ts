/**
 * The web console in a real browser (Debian's Chromium via playwright-core) against a real emulator:
 * navigation, the graph, starting and watching executions, state details, the event table, callbacks,
 * accessibility by role and name, and that no request leaves the emulator's origin.
 * The README's screenshots come from here (docs/screenshots/, refreshed by `npm run screenshots`).
 */
import { CreateActivityCommand, DescribeExecutionCommand, type SFNClient } from "@aws-sdk/client-sfn";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page, Request } from "playwright-core";
import type { Emulator } from "../../emulator/index";
import { createMachine, settledExecution, startExecution, startTestEmulator, waitForEvent } from "../../emulator/testing/test-emulator";
import { buildConsole, launchChromium, type Browser } from "./browser";

const SCREENSHOTS = path.join(__dirname, "..", "..", "docs", "screenshots");

const ORDER_FLOW = {
  Comment: "Validates an order, asks for approval above 100, then packs, labels and notifies.",
  StartAt: "Validate",
  States: {
    Validate: { Type: "Pass", Result: { valid: true }, ResultPath: "$.validation", Next: "Route" },
    Route: {
      Type: "Choice",
      Choices: [{ Variable: "$.amount", NumericGreaterThan: 100, Next: "Approve" }],
      Default: "Ship",
    },
    Approve: {
      Type: "Task",
      Resource: "arn:aws:states:::lambda:invoke.waitForTaskToken",
      Parameters: { FunctionName: "notify", Payload: { "token.$": "$$.Task.Token", "amount.$": "$.amount" } },
      ResultPath: "$.approval",
      Catch: [{ ErrorEquals: ["Rejected"], Next: "Rejected" }],
      Next: "Ship",
    },
    Ship: {
      Type: "Parallel",
      Branches: [
        { StartAt: "Pack", States: { Pack: { Type: "Pass", End: true } } },
        { StartAt: "Label", States: { Label: { Type: "Pass", Result: "label-1", End: true } } },
      ],
      ResultPath: "$.shipment",
      Next: "Notify",
    },
    Notify: {
      Type: "Map",
      ItemsPath: "$.items",
      ItemProcessor: { StartAt: "Send", States: { Send: { Type: "Pass", End: true } } },
      ResultPath: "$.sent",
      Next: "Done",
    },
    Done: { Type: "Succeed" },
    Rejected: { Type: "Fail", Error: "OrderRejected", Cause: "The approver said no" },
  },
};
const ORDER_STATES = ["Validate", "Route", "Approve", "Ship", "Pack", "Label", "Notify", "Send", "Done", "Rejected"];

const CHARGE_CARD = {
  StartAt: "Reserve",
  States: {
    Reserve: { Type: "Pass", Next: "Charge" },
    Charge: { Type: "Task", Resource: "arn:aws:states:::lambda:invoke", Parameters: { FunctionName: "charge" }, End: true },
  },
};

let emulator: Emulator;
let sfn: SFNClient;
let browser: Browser;
let page: Page;
let orderFlowArn: string;
let assets = "";
const requests: Request[] = [];

beforeAll(async () => {
  assets = buildConsole();
  ({ emulator, sfn } = await startTestEmulator({ handlersPath: path.join(__dirname, "handlers", "handlers.json"), consoleDir: assets }));
  orderFlowArn = await createMachine(sfn, ORDER_FLOW, "order-flow");
  await createMachine(sfn, CHARGE_CARD, "charge-card");
  const activityArn = (await sfn.send(new CreateActivityCommand({ name: "review-order" }))).activityArn ?? "";
  const review = await createMachine(sfn, { StartAt: "Review", States: { Review: { Type: "Task", Resource: activityArn, End: true } } }, "human-review");
  await waitForEvent(sfn, await startExecution(sfn, review, { order: 17 }), "ActivityScheduled");
  browser = await launchChromium();
  browser.context.on("request", (request) => requests.push(request));
  page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
});

afterAll(async () => {
  await browser?.close();
  sfn?.destroy();
  await emulator?.close();
  if (assets !== "") fs.rmSync(assets, { recursive: true, force: true });
});

function stateButton(name: string, status?: string) {
  return page.getByRole("button", { name: new RegExp(`^${name} \\(\\w+\\)${status ? `: ${status}$` : ""}`) });
}

/**
 * Takes the README's screenshot of the page; it is written to docs/screenshots/ when missing or
 * with UPDATE_SCREENSHOTS=1 (`npm run screenshots`), so a plain `npm test` leaves the tree clean.
 */
async function screenshot(name: string): Promise<void> {
  const file = path.join(SCREENSHOTS, `${name}.png`);
  const image = await page.screenshot({ fullPage: true });
  if (process.env.UPDATE_SCREENSHOTS === "1" || !fs.existsSync(file)) fs.writeFileSync(file, image);
}

function startExecutionRequests(): Request[] {
  return requests.filter((request) => request.method() === "POST" && request.headers()["x-amz-target"] === "AWSStepFunctions.StartExecution");
}

describe("the web console", () => {
  it("opens from the emulator's address, lists state machines, and draws every state of one as a graph", async () => {
    await page.goto(`${emulator.url}/`);
    expect(new URL(page.url()).pathname).toBe("/console/");
    const table = page.getByRole("table");
    await table.getByRole("link", { name: "order-flow" }).waitFor();
    await table.getByRole("cell", { name: "STANDARD" }).first().waitFor();
    await screenshot("state-machines");

    await page.getByRole("link", { name: "order-flow" }).click();
    await page.getByRole("heading", { name: "order-flow" }).waitFor();
    for (const name of ORDER_STATES) await stateButton(name).waitFor();
    await page.getByRole("group", { name: "State machine graph" }).getByText("$.amount > 100").waitFor();
    await page.getByRole("group", { name: "State machine graph" }).getByText("Catch Rejected").waitFor();
    await expect(page.getByLabel("Definition JSON").textContent()).resolves.toContain('"StartAt": "Validate"');
    await screenshot("state-machine");
  });

  it("catches invalid JSON input before sending, then starts an execution from the page", async () => {
    const input = page.getByRole("textbox", { name: "Execution input" });
    await input.fill('{"amount": 250,');
    await page.getByRole("button", { name: "Start execution" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toContain("Not valid JSON");
    expect(startExecutionRequests()).toHaveLength(0);

    await input.fill('{"amount": 250, "items": ["email", "sms"]}');
    await page.getByRole("textbox", { name: "Name (optional)" }).fill("order-250");
    await page.getByRole("button", { name: "Start execution" }).click();
    await page.getByRole("heading", { name: "order-250" }).waitFor();
    expect(startExecutionRequests()).toHaveLength(1);
  });

  it("colours the graph live: a callback task runs, is completed from the page, and the rest turn green", async () => {
    await stateButton("Validate", "succeeded").waitFor();
    await stateButton("Approve", "running").waitFor();
    await stateButton("Ship", "not reached").waitFor();
    const callback = page.getByRole("group", { name: "Callback for Approve" });
    await callback.waitFor();
    await screenshot("execution-waiting-for-callback");

    await callback.getByRole("textbox", { name: "Task output for Approve" }).fill('{"approvedBy": "ana"}');
    await callback.getByRole("button", { name: "Send task success" }).click();
    for (const name of ["Approve", "Ship", "Pack", "Label", "Notify", "Send", "Done"]) await stateButton(name, "succeeded").waitFor();
    await stateButton("Rejected", "not reached").waitFor();
    await page.getByLabel("Execution status").getByText("succeeded").waitFor();
    await expect(page.getByLabel("Execution output").textContent()).resolves.toContain('"approvedBy": "ana"');
    await screenshot("execution-succeeded");
  });

  it("shows a state's input and output when it is clicked in the graph or the event table", async () => {
    await stateButton("Validate").click();
    const details = page.getByRole("region", { name: "State Validate" });
    await expect(details.getByLabel("State input").textContent()).resolves.toContain('"amount": 250');
    await expect(details.getByLabel("State output").textContent()).resolves.toContain('"valid": true');

    await page.getByRole("table", { name: "Events" }).getByRole("button", { name: "Approve" }).first().click();
    const approve = page.getByRole("region", { name: "State Approve" });
    await expect(approve.getByLabel("State output").textContent()).resolves.toContain('"approvedBy": "ana"');

    await stateButton("Notify").click();
    const notify = page.getByRole("region", { name: "State Notify" });
    await notify.getByRole("button", { name: "Events of iteration 1" }).click();
    await expect(page.getByRole("table", { name: "Events" }).getByText('MapIterationStarted').count()).resolves.toBe(1);
    await page.getByRole("button", { name: /Show all iterations/ }).click();
    await screenshot("state-details");
  });

  it("filters the event table by type and expands a row to its details", async () => {
    const events = page.getByRole("table", { name: "Events" });
    await page.getByRole("combobox", { name: "Filter events by type" }).selectOption("PassStateEntered");
    const rows = events.getByRole("row");
    // Validate, Pack, Label and the two Send iterations, plus the header row.
    await expect(rows.count()).resolves.toBe(6);
    for (const type of await events.locator("tbody td:nth-child(2)").allTextContents()) expect(type).toBe("PassStateEntered");
    await events.getByRole("button", { name: /^Event \d+ details$/ }).first().click();
    await expect(events.getByLabel(/Event \d+ details JSON/).textContent()).resolves.toContain('"name": "Validate"');
    await screenshot("event-table");
    await page.getByRole("combobox", { name: "Filter events by type" }).selectOption("");
  });

  it("shows a failed execution's failed state with its error and cause, and redrives it", async () => {
    const arn = await startExecution(sfn, orderFlowArn.replace("order-flow", "charge-card"), { card: "4242" });
    const described = await settledExecution(sfn, arn);
    expect(described.status).toBe("FAILED");
    await page.goto(`${emulator.url}/console/#/execution/${encodeURIComponent(arn)}`);
    await stateButton("Charge", "failed").waitFor();
    await stateButton("Reserve", "succeeded").waitFor();
    const failure = page.getByRole("region", { name: "Execution error" });
    await expect(failure.textContent()).resolves.toContain(described.error ?? "no error");
    await expect(failure.textContent()).resolves.toContain(described.cause ?? "no cause");
    await stateButton("Charge").click();
    await page.getByRole("region", { name: "State Charge" }).getByText(described.error ?? "no error").first().waitFor();
    await screenshot("execution-failed");

    await page.getByRole("button", { name: "Redrive" }).click();
    await page.getByText("Redrives").waitFor();
    await page.getByRole("button", { name: "Redrive" }).waitFor();
    const redriven = await sfn.send(new DescribeExecutionCommand({ executionArn: arn }));
    expect(redriven.redriveCount).toBe(1);
  });

  it("lists a state machine's executions by status and by name", async () => {
    await page.goto(`${emulator.url}/console/#/state-machine/${encodeURIComponent(orderFlowArn)}`);
    const executions = page.getByRole("table", { name: "Executions" });
    await executions.getByRole("link", { name: "order-250" }).waitFor();
    await page.getByRole("combobox", { name: "Status" }).selectOption("FAILED");
    await page.getByText("No executions match.").waitFor();
    await page.getByRole("combobox", { name: "Status" }).selectOption("SUCCEEDED");
    await executions.getByRole("link", { name: "order-250" }).waitFor();
    await page.getByRole("searchbox", { name: "Search by name" }).fill("no-such-name");
    await page.getByText("No executions match.").waitFor();
    await page.getByRole("searchbox", { name: "Search by name" }).fill("250");
    await executions.getByRole("link", { name: "order-250" }).waitFor();
  });

  it("lists activities with the tasks waiting for a worker", async () => {
    await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Activities" }).click();
    const activity = page.getByRole("article", { name: "Activity review-order" });
    await expect(activity.getByLabel("Activity task input").textContent()).resolves.toContain('"order": 17');
    await screenshot("activities");
  });

  it("lets every control be reached by its accessible role and name", async () => {
    const machineArn = orderFlowArn;
    const running = await startExecution(sfn, machineArn, { amount: 500, items: [] });
    await waitForEvent(sfn, running, "TaskStarted");
    for (const hash of ["#/", `#/state-machine/${encodeURIComponent(machineArn)}`, "#/activities", `#/execution/${encodeURIComponent(running)}/Approve`]) {
      await page.goto(`${emulator.url}/console/${hash}`);
      await page.getByRole("main").getByRole("heading").first().waitFor();
      if (hash.includes("execution")) await page.getByRole("group", { name: "Callback for Approve" }).waitFor();
      const tree = await page.locator("body").ariaSnapshot();
      // A control without a name shows in the snapshot as a bare role (`- button` or `- textbox:`).
      const unnamed = tree.split("\n").filter((line) => /^\s*- (button|link|textbox|combobox|searchbox|checkbox|radio|tab)(:|$| \[)/.test(line));
      expect({ hash, unnamed }).toEqual({ hash, unnamed: [] });
    }
    await page.getByRole("button", { name: "Stop execution" }).click();
    await page.getByLabel("Execution status").getByText("aborted").waitFor();
    const stopped = await sfn.send(new DescribeExecutionCommand({ executionArn: running }));
    expect(stopped.status).toBe("ABORTED");
  });

  it("makes no request outside the emulator's origin", () => {
    const origin = new URL(emulator.url).origin;
    expect(requests.length).toBeGreaterThan(20);
    expect(requests.map((request) => new URL(request.url()).origin).filter((other) => other !== origin)).toEqual([]);
  });
});
