/**
 * The SQLite store: resources written, listed and paged with stable tokens, steps applied all or
 * nothing, data kept across reopen and migration.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { HistoryEvent } from "../../asl/history/history-event";
import type { ActivityRecord, ExecutionRecord, ExecutionStatus, StateMachineRecord } from "../records";
import type { StepWrite, Store } from "../store";
import Database from "better-sqlite3";
import { MIGRATIONS } from "./migrations";
import { openSqliteStore } from "./sqlite-store";

const MACHINE_PREFIX = "arn:aws:states:us-east-1:123456789012:stateMachine";
const EXECUTION_PREFIX = "arn:aws:states:us-east-1:123456789012:execution";
const NAMESPACE = "arn:aws:states:us-east-1:123456789012:";

function names(records: ReadonlyArray<{ name: string }>): string[] {
  return records.map((record) => record.name);
}

function machine(name: string, overrides: Partial<StateMachineRecord> = {}): StateMachineRecord {
  return {
    stateMachineArn: `${MACHINE_PREFIX}:${name}`,
    name,
    type: "STANDARD",
    definition: '{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}',
    roleArn: "arn:aws:iam::123456789012:role/r",
    creationDate: 1_700_000_000_000,
    status: "ACTIVE",
    loggingConfiguration: { level: "OFF", includeExecutionData: false },
    tracingConfiguration: { enabled: false },
    tags: {},
    ...overrides,
  };
}

function execution(machineName: string, name: string, overrides: Partial<ExecutionRecord> = {}): ExecutionRecord {
  return {
    executionArn: `${EXECUTION_PREFIX}:${machineName}:${name}`,
    stateMachineArn: `${MACHINE_PREFIX}:${machineName}`,
    name,
    status: "RUNNING",
    startDate: 1_700_000_000_000,
    input: "{}",
    definition: "{}",
    roleArn: "arn:aws:iam::123456789012:role/r",
    type: "STANDARD",
    redriveCount: 0,
    runtime: { nextEventId: 1 },
    ...overrides,
  };
}

function event(id: number, type: HistoryEvent["type"] = "PassStateEntered"): HistoryEvent {
  return { id, previousEventId: id - 1, timestamp: 1_700_000_000_000 + id, type, details: { key: "stateEnteredEventDetails", value: { name: `S${id}` } } };
}

function write(record: ExecutionRecord, events: HistoryEvent[], extra: Partial<StepWrite> = {}): StepWrite {
  return { execution: record, events, upsertFrames: [], deleteFrames: [], ...extra };
}

const temporaryDirectories: string[] = [];
afterAll(() => {
  for (const dir of temporaryDirectories) fs.rmSync(dir, { recursive: true, force: true });
});

function temporaryDirectory(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-store-"));
  temporaryDirectories.push(dir);
  return dir;
}

describe.each([
  ["in memory", () => undefined],
  ["in a directory", () => temporaryDirectory()],
])("the SQLite store %s", (_label, location: () => string | undefined) => {
  let store: Store;
  beforeEach(() => {
    store = openSqliteStore(location());
  });
  afterEach(() => {
    store.close();
  });

  it("puts, gets, replaces, lists by name and deletes state machines", () => {
    store.putStateMachine(machine("b"));
    store.putStateMachine(machine("a", { tags: { k: "v" }, description: "first" }));
    expect(store.getStateMachine(`${MACHINE_PREFIX}:a`)).toEqual(machine("a", { tags: { k: "v" }, description: "first" }));
    store.putStateMachine(machine("a", { definition: "{}", updateDate: 1 }));
    expect(store.getStateMachine(`${MACHINE_PREFIX}:a`)).toMatchObject({ definition: "{}", updateDate: 1 });
    expect(names(store.listStateMachines(NAMESPACE, { limit: 10 }).items)).toEqual(["a", "b"]);
    store.deleteStateMachine(`${MACHINE_PREFIX}:a`);
    expect(store.getStateMachine(`${MACHINE_PREFIX}:a`)).toBeUndefined();
    expect(names(store.listStateMachines(NAMESPACE, { limit: 10 }).items)).toEqual(["b"]);
    store.deleteStateMachine(`${MACHINE_PREFIX}:never`);
  });

  it("puts, gets, lists in creation order and deletes activities", () => {
    const activity = (name: string): ActivityRecord => ({
      activityArn: `arn:aws:states:us-east-1:123456789012:activity:${name}`,
      name,
      creationDate: 5,
      tags: { t: name },
    });
    store.putActivity(activity("zeta"));
    store.putActivity(activity("alpha"));
    expect(store.getActivity(activity("zeta").activityArn)).toEqual(activity("zeta"));
    expect(names(store.listActivities(NAMESPACE, { limit: 10 }).items)).toEqual(["zeta", "alpha"]);
    store.deleteActivity(activity("zeta").activityArn);
    expect(store.getActivity(activity("zeta").activityArn)).toBeUndefined();
    expect(store.listActivities(NAMESPACE, { limit: 10 }).items).toEqual([activity("alpha")]);
  });

  it("creates an execution with its first events and frames, and lists it by machine and status", () => {
    const record = execution("m", "e1");
    store.createExecution(write(record, [event(1, "ExecutionStarted"), event(2)], { upsertFrames: [{ frameId: "root", data: { at: "P" } }] }));
    expect(store.getExecution(record.executionArn)).toEqual(record);
    expect(store.getHistory(record.executionArn, { limit: 10, reverse: false })).toEqual({ events: [event(1, "ExecutionStarted"), event(2)] });
    expect(store.getFrames(record.executionArn)).toEqual([{ frameId: "root", data: { at: "P" } }]);
    store.createExecution(write(execution("m", "e2", { startDate: 1_700_000_000_500, status: "SUCCEEDED" }), []));
    store.createExecution(write(execution("other", "e3"), []));
    const list = (status?: ExecutionStatus) => store.listExecutions({ stateMachineArn: `${MACHINE_PREFIX}:m`, status }, { limit: 10 }).items;
    expect(names(list())).toEqual(["e2", "e1"]);
    expect(names(list("RUNNING"))).toEqual(["e1"]);
    expect(list("FAILED")).toEqual([]);
    expect(store.listRunningExecutionArns().map((arn) => arn.split(":").pop()).sort()).toEqual(["e1", "e3"]);
  });

  it("pages state machines by name within one namespace, leaving versions and other namespaces out", () => {
    for (const name of ["d", "a", "c", "b", "e"]) store.putStateMachine(machine(name));
    store.putStateMachine(machine("a", { stateMachineArn: `${MACHINE_PREFIX}:a:1`, versionOf: `${MACHINE_PREFIX}:a`, versionNumber: 1 }));
    store.putStateMachine(machine("west", { stateMachineArn: "arn:aws:states:us-west-2:123456789012:stateMachine:west" }));
    const first = store.listStateMachines(NAMESPACE, { limit: 2 });
    expect(names(first.items)).toEqual(["a", "b"]);
    // Added before the next page is read: it sorts before the key, so the pages do not shift.
    store.putStateMachine(machine("aa"));
    const second = store.listStateMachines(NAMESPACE, { after: first.next, limit: 2 });
    expect(names(second.items)).toEqual(["c", "d"]);
    const third = store.listStateMachines(NAMESPACE, { after: second.next, limit: 2 });
    expect(names(third.items)).toEqual(["e"]);
    expect(third.next).toBeUndefined();
    expect(names(store.listStateMachines("arn:aws:states:us-west-2:123456789012:", { limit: 5 }).items)).toEqual(["west"]);
  });

  it("pages versions newest first by number, 10 after 9", () => {
    const base = `${MACHINE_PREFIX}:v`;
    store.putStateMachine(machine("v"));
    for (let number = 1; number <= 11; number++) {
      store.putStateMachine(machine("v", { stateMachineArn: `${base}:${number}`, versionOf: base, versionNumber: number }));
    }
    const first = store.listVersions(base, { limit: 3 });
    expect(first.items.map((version) => version.versionNumber)).toEqual([11, 10, 9]);
    expect(store.listVersions(base, { after: first.next, limit: 3 }).items.map((version) => version.versionNumber)).toEqual([8, 7, 6]);
  });

  it("pages executions newest first, keeps tokens stable when executions start meanwhile, and filters by version and alias", () => {
    for (let index = 0; index < 5; index++) {
      const extra: Partial<ExecutionRecord> = index % 2 === 0 ? { stateMachineVersionArn: `${MACHINE_PREFIX}:k:1` } : { stateMachineAliasArn: `${MACHINE_PREFIX}:k:live` };
      store.createExecution(write(execution("k", `e${index}`, { startDate: 1000 + (index === 4 ? 3 : index), ...extra }), []));
    }
    const filter = { stateMachineArn: `${MACHINE_PREFIX}:k` };
    const first = store.listExecutions(filter, { limit: 2 });
    expect(names(first.items)).toEqual(["e4", "e3"]);
    store.createExecution(write(execution("k", "newer", { startDate: 2000 }), []));
    const rest = store.listExecutions(filter, { after: first.next, limit: 10 });
    expect(names(rest.items)).toEqual(["e2", "e1", "e0"]);
    expect(rest.next).toBeUndefined();
    expect(names(store.listExecutions({ ...filter, versionArn: `${MACHINE_PREFIX}:k:1` }, { limit: 10 }).items)).toEqual(["e4", "e2", "e0"]);
    expect(names(store.listExecutions({ ...filter, aliasArn: `${MACHINE_PREFIX}:k:live`, status: "RUNNING" }, { limit: 10 }).items)).toEqual(["e3", "e1"]);
  });

  it("keeps an activity's place in the list when it is written again", () => {
    const activity = (name: string, tags: Record<string, string> = {}): ActivityRecord => ({
      activityArn: `${NAMESPACE}activity:${name}`,
      name,
      creationDate: 5,
      tags,
    });
    store.putActivity(activity("one"));
    store.putActivity(activity("two"));
    store.putActivity(activity("one", { retagged: "yes" }));
    const first = store.listActivities(NAMESPACE, { limit: 1 });
    expect(first.items).toEqual([activity("one", { retagged: "yes" })]);
    expect(names(store.listActivities(NAMESPACE, { after: first.next, limit: 1 }).items)).toEqual(["two"]);
  });

  it("refuses to create an execution twice and keeps the first", () => {
    const record = execution("m", "twice");
    store.createExecution(write(record, [event(1, "ExecutionStarted")]));
    expect(() => store.createExecution(write({ ...record, input: '{"other":1}' }, [event(1, "ExecutionStarted")]))).toThrow();
    expect(store.getExecution(record.executionArn)?.input).toBe("{}");
  });

  it("applies a step's record, events and frames together", () => {
    const record = execution("m", "steps");
    store.createExecution(write(record, [event(1, "ExecutionStarted")], { upsertFrames: [{ frameId: "root", data: 1 }, { frameId: "f1", data: "x" }] }));
    store.applyStep(
      write({ ...record, runtime: { nextEventId: 3 } }, [event(2)], {
        upsertFrames: [{ frameId: "root", data: 2 }, { frameId: "f2", data: "y" }],
        deleteFrames: ["f1"],
      }),
    );
    expect(store.getExecution(record.executionArn)?.runtime).toEqual({ nextEventId: 3 });
    expect(store.getFrames(record.executionArn).sort((a, b) => a.frameId.localeCompare(b.frameId))).toEqual([
      { frameId: "f2", data: "y" },
      { frameId: "root", data: 2 },
    ]);
    store.applyStep(write({ ...record, status: "SUCCEEDED", stopDate: 9, output: "{}" }, [event(3, "ExecutionSucceeded")], { deleteAllFrames: true }));
    expect(store.getFrames(record.executionArn)).toEqual([]);
    expect(store.getExecution(record.executionArn)).toMatchObject({ status: "SUCCEEDED", stopDate: 9, output: "{}" });
    expect(store.listRunningExecutionArns()).toEqual([]);
    expect(store.getHistory(record.executionArn, { limit: 10, reverse: false }).events.map((item) => item.id)).toEqual([1, 2, 3]);
  });

  it("writes nothing of a step that fails part way", () => {
    const record = execution("m", "atomic");
    store.createExecution(write(record, [event(1, "ExecutionStarted")], { upsertFrames: [{ frameId: "root", data: "before" }] }));
    // Event 1 exists already, so the second insert violates the key after the record and event 2 were written.
    const failing = write({ ...record, status: "FAILED" }, [event(2), event(1)], { upsertFrames: [{ frameId: "root", data: "after" }] });
    expect(() => store.applyStep(failing)).toThrow();
    expect(store.getExecution(record.executionArn)?.status).toBe("RUNNING");
    expect(store.getHistory(record.executionArn, { limit: 10, reverse: false }).events.map((item) => item.id)).toEqual([1]);
    expect(store.getFrames(record.executionArn)).toEqual([{ frameId: "root", data: "before" }]);
  });

  it("lists an execution under the status it has, through steps that keep it, change it, and fail part way", () => {
    const record = execution("s", "status");
    const filter = (status: ExecutionStatus) => names(store.listExecutions({ stateMachineArn: `${MACHINE_PREFIX}:s`, status }, { limit: 5 }).items);
    store.createExecution(write(record, [event(1, "ExecutionStarted")]));
    store.applyStep(write({ ...record, runtime: { nextEventId: 3 } }, [event(2)]));
    expect(filter("RUNNING")).toEqual(["status"]);
    store.applyStep(write({ ...record, status: "FAILED" }, [event(3, "ExecutionFailed")]));
    expect(filter("FAILED")).toEqual(["status"]);
    // A redrive back to RUNNING that rolls back (event 3 exists), then one that is written.
    expect(() => store.applyStep(write({ ...record, status: "RUNNING" }, [event(4), event(3)]))).toThrow();
    expect(filter("FAILED")).toEqual(["status"]);
    store.applyStep(write({ ...record, status: "RUNNING", redriveCount: 1 }, [event(4, "ExecutionRedriven")]));
    store.applyStep(write({ ...record, status: "RUNNING", redriveCount: 1 }, [event(5)]));
    expect(filter("RUNNING")).toEqual(["status"]);
    expect(filter("FAILED")).toEqual([]);
    expect(store.listRunningExecutionArns().map((arn) => arn.split(":").pop())).toContain("status");
  });

  it("pages a history forward and in reverse by event id", () => {
    const record = execution("m", "paged");
    const events = Array.from({ length: 7 }, (_, index) => event(index + 1));
    store.createExecution(write(record, events));
    const readAll = (reverse: boolean): number[][] => {
      const pages: number[][] = [];
      let afterId: number | undefined;
      for (;;) {
        const page = store.getHistory(record.executionArn, { limit: 3, reverse, ...(afterId === undefined ? {} : { afterId }) });
        pages.push(page.events.map((item) => item.id));
        if (page.nextAfterId === undefined) return pages;
        afterId = page.nextAfterId;
      }
    };
    expect(readAll(false)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(readAll(true)).toEqual([[7, 6, 5], [4, 3, 2], [1]]);
    expect(store.getHistory(record.executionArn, { limit: 7, reverse: false }).nextAfterId).toBeUndefined();
    expect(store.getHistory(record.executionArn, { limit: 6, reverse: false }).nextAfterId).toBe(6);
    expect(store.getHistory(record.executionArn, { limit: 3, reverse: false }).events[0]).toEqual(event(1));
    expect(store.getHistory(`${EXECUTION_PREFIX}:m:none`, { limit: 3, reverse: false })).toEqual({ events: [] });
  });

  it("keeps each execution's history and frames apart", () => {
    const one = execution("m", "one");
    const two = execution("m", "two");
    store.createExecution(write(one, [event(1)], { upsertFrames: [{ frameId: "root", data: 1 }] }));
    store.createExecution(write(two, [event(1), event(2)], { upsertFrames: [{ frameId: "root", data: 2 }] }));
    store.applyStep(write(one, [], { deleteAllFrames: true }));
    expect(store.getFrames(two.executionArn)).toEqual([{ frameId: "root", data: 2 }]);
    expect(store.getHistory(one.executionArn, { limit: 10, reverse: false }).events).toHaveLength(1);
  });
});

describe("the SQLite store in a directory", () => {
  it("keeps everything across close and reopen", () => {
    const dir = temporaryDirectory();
    const first = openSqliteStore(dir);
    const record = execution("m", "kept");
    first.putStateMachine(machine("m"));
    first.createExecution(write(record, [event(1, "ExecutionStarted"), event(2)], { upsertFrames: [{ frameId: "root", data: { n: 1 } }] }));
    first.close();
    expect(fs.existsSync(path.join(dir, "sfn-emulator.sqlite"))).toBe(true);
    const second = openSqliteStore(dir);
    try {
      expect(second.getStateMachine(`${MACHINE_PREFIX}:m`)).toEqual(machine("m"));
      expect(second.getExecution(record.executionArn)).toEqual(record);
      expect(second.listRunningExecutionArns()).toEqual([record.executionArn]);
      expect(second.getFrames(record.executionArn)).toEqual([{ frameId: "root", data: { n: 1 } }]);
      expect(second.getHistory(record.executionArn, { limit: 10, reverse: true }).events.map((item) => item.id)).toEqual([2, 1]);
    } finally {
      second.close();
    }
  });

  it("migrates a store written before keyset pagination: versions, version and alias executions and activities list as before", () => {
    const dir = temporaryDirectory();
    const old = new Database(path.join(dir, "sfn-emulator.sqlite"));
    const keysetMigration = MIGRATIONS.findIndex((migration) => migration.includes("version_of"));
    for (const migration of MIGRATIONS.slice(0, keysetMigration)) old.exec(migration);
    old.pragma(`user_version = ${keysetMigration}`);
    const version = machine("m", { stateMachineArn: `${MACHINE_PREFIX}:m:1`, versionOf: `${MACHINE_PREFIX}:m`, versionNumber: 1 });
    const insertMachine = old.prepare("INSERT INTO state_machines (arn, name, record) VALUES (?, ?, ?)");
    insertMachine.run(`${MACHINE_PREFIX}:m`, "m", JSON.stringify(machine("m")));
    insertMachine.run(version.stateMachineArn, "m", JSON.stringify(version));
    const onVersion = execution("m", "on-version", { stateMachineVersionArn: version.stateMachineArn, status: "SUCCEEDED" });
    old
      .prepare("INSERT INTO executions (arn, state_machine_arn, status, start_date, record, progress) VALUES (?, ?, ?, ?, ?, ?)")
      .run(onVersion.executionArn, onVersion.stateMachineArn, onVersion.status, onVersion.startDate, JSON.stringify(onVersion), JSON.stringify({ status: "SUCCEEDED", redriveCount: 0, runtime: {} }));
    old.prepare("INSERT INTO activities (arn, record) VALUES (?, ?)").run(`${NAMESPACE}activity:a`, JSON.stringify({ activityArn: `${NAMESPACE}activity:a`, name: "a", creationDate: 1, tags: {} }));
    old.close();
    const store = openSqliteStore(dir);
    try {
      expect(names(store.listStateMachines(NAMESPACE, { limit: 10 }).items)).toEqual(["m"]);
      expect(store.listVersions(`${MACHINE_PREFIX}:m`, { limit: 10 }).items.map((item) => item.stateMachineArn)).toEqual([version.stateMachineArn]);
      expect(names(store.listExecutions({ stateMachineArn: `${MACHINE_PREFIX}:m`, versionArn: version.stateMachineArn }, { limit: 10 }).items)).toEqual(["on-version"]);
      expect(names(store.listActivities(NAMESPACE, { limit: 10 }).items)).toEqual(["a"]);
    } finally {
      store.close();
    }
  });

  it("creates the data directory when it does not exist", () => {
    const dir = path.join(temporaryDirectory(), "nested", "data");
    const store = openSqliteStore(dir);
    store.close();
    expect(fs.existsSync(path.join(dir, "sfn-emulator.sqlite"))).toBe(true);
  });
});
