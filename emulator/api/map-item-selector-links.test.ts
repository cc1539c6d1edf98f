/** Tests of previousEventId links in Maps with ItemsPath, ItemSelector, Parameters and ItemBatcher, as the newest recordings show them. */
import { SFNClient, StartExecutionCommand, type HistoryEvent } from "@aws-sdk/client-sfn";
import { createMachine, finalHistory, useTestEmulator } from "../testing/test-emulator";

// Which event each event of a Map with ItemSelector (or Parameters, ItemsPath, ItemBatcher) points to,
// as the newest recordings show it (test_map_state_item_selector, Mar 2025; test_base_map, Jul 2025;
// test_map_state_config_distributed_item_selector_parameters, Nov 2024). Each history is written as
// `type<previousEventId` so that one assertion shows the whole chain.

let sfn: SFNClient;
useTestEmulator({}, (started) => ({ sfn } = started));

async function chain(definition: object, input: unknown): Promise<string[]> {
  const stateMachineArn = await createMachine(sfn, definition);
  const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn, input: JSON.stringify(input) }));
  const events: HistoryEvent[] = await finalHistory(sfn, executionArn ?? "");
  return events.map((event) => `${event.id}:${event.type}<${event.previousEventId}`);
}

const PROCESSOR = { StartAt: "Inner", States: { Inner: { Type: "Pass", End: true } } };

function machine(map: object, queryLanguage?: "JSONata"): object {
  return {
    ...(queryLanguage ? { QueryLanguage: queryLanguage } : {}),
    StartAt: "Before",
    States: { Before: { Type: "Pass", Next: "M" }, M: { Type: "Map", End: true, ...map } },
  };
}

const INLINE_TWO_ITEMS = [
  "1:ExecutionStarted<0",
  "2:PassStateEntered<0",
  "3:PassStateExited<2",
  "4:MapStateEntered<3",
  "5:MapStateStarted<4",
  "6:MapIterationStarted<5",
  "7:PassStateEntered<6",
  "8:PassStateExited<7",
  "9:MapIterationSucceeded<8",
  // The next iteration starts from the last event of the one before, not from its MapIterationSucceeded.
  "10:MapIterationStarted<8",
  "11:PassStateEntered<10",
  "12:PassStateExited<11",
  "13:MapIterationSucceeded<12",
  // MapStateSucceeded and MapStateExited both point to the last MapIterationSucceeded.
  "14:MapStateSucceeded<13",
  "15:MapStateExited<13",
  "16:ExecutionSucceeded<15",
];

describe("previousEventId in a Map that selects its items", () => {
  it("links an inline Map with ItemsPath, ItemSelector and ResultPath one iteration at a time", async () => {
    const map = {
      MaxConcurrency: 1,
      ItemsPath: "$.items",
      ItemSelector: { "value.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index", fixed: "x" },
      ResultPath: "$.out",
      ItemProcessor: { ProcessorConfig: { Mode: "INLINE" }, ...PROCESSOR },
    };
    expect(await chain(machine(map), { items: ["a", "b"] })).toEqual(INLINE_TWO_ITEMS);
  });

  it("links the legacy Iterator with Parameters the same way", async () => {
    const map = { MaxConcurrency: 1, Parameters: { "value.$": "$$.Map.Item.Value" }, Iterator: PROCESSOR };
    expect(await chain(machine(map), ["a", "b"])).toEqual(INLINE_TWO_ITEMS);
  });

  it("links a JSONata ItemSelector the same way", async () => {
    const map = {
      MaxConcurrency: 1,
      Items: "{% $states.input.items %}",
      ItemSelector: { value: "{% $states.context.Map.Item.Value %}" },
      ItemProcessor: PROCESSOR,
    };
    expect(await chain(machine(map, "JSONata"), { items: [1, 2] })).toEqual(INLINE_TWO_ITEMS);
  });

  it("starts concurrent iterations from MapStateStarted", async () => {
    const map = { ItemSelector: { "value.$": "$$.Map.Item.Value" }, ItemProcessor: PROCESSOR };
    const events = await chain(machine(map), ["a", "b"]);
    expect(events.filter((event) => event.includes("MapIterationStarted"))).toEqual(["6:MapIterationStarted<5", "7:MapIterationStarted<5"]);
  });

  it("links a distributed Map with ItemSelector and ItemBatcher through its map run", async () => {
    const map = {
      ItemSelector: { "value.$": "$$.Map.Item.Value" },
      ItemBatcher: { MaxItemsPerBatch: 1 },
      ItemProcessor: { ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" }, ...PROCESSOR },
    };
    expect(await chain(machine(map), ["a", "b"])).toEqual([
      "1:ExecutionStarted<0",
      "2:PassStateEntered<0",
      "3:PassStateExited<2",
      "4:MapStateEntered<3",
      "5:MapStateStarted<4",
      "6:MapRunStarted<5",
      "7:MapRunSucceeded<6",
      "8:MapStateSucceeded<7",
      "9:MapStateExited<6",
      "10:ExecutionSucceeded<9",
    ]);
  });

  it("ends the execution from the last iteration's last event when the next item's ItemSelector fails", async () => {
    // Not recorded: the failure links where that item's MapIterationStarted would have linked.
    const map = {
      MaxConcurrency: 1,
      ItemSelector: { "value.$": "$$.Map.Item.Value.a" },
      ItemProcessor: PROCESSOR,
    };
    const events = await chain(machine(map), [{ a: 1 }, { b: 2 }]);
    expect(events.slice(-2)).toEqual(["9:MapIterationSucceeded<8", "10:ExecutionFailed<8"]);
  });

  it("links EvaluationFailed of a JSONata ItemSelector to the Map's last event, then fails the Map from it", async () => {
    // Not recorded either: a Wait state's EvaluationFailed follows the events the state already wrote
    // (Dec 2024), and a Map that fails in ItemSelector has written MapStateStarted and its iterations.
    const map = {
      MaxConcurrency: 1,
      Items: "{% $states.input %}",
      ItemSelector: { value: "{% $number($states.context.Map.Item.Value) %}" },
      ItemProcessor: PROCESSOR,
    };
    const first = await chain(machine(map, "JSONata"), ["x"]);
    expect(first.slice(4)).toEqual(["5:MapStateStarted<4", "6:EvaluationFailed<5", "7:MapStateFailed<6", "8:ExecutionFailed<7"]);
    const later = await chain(machine(map, "JSONata"), ["1", "x"]);
    expect(later.slice(8)).toEqual(["9:MapIterationSucceeded<8", "10:EvaluationFailed<8", "11:MapStateFailed<10", "12:ExecutionFailed<11"]);
  });
});
