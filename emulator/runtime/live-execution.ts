/** An execution the runtime is driving: its record, compiled program and committed snapshot, and what it holds in the runtime. */
import type { Program } from "../asl";
import type { TaskInvocation } from "../asl";
import type { ExecutionInfo } from "../asl";
import type { ExecutionSnapshot } from "../asl";
import type { Json } from "../shared/json";
import type { ExecutionRecord } from "../store/records";

export interface LiveExecution {
  /** The record as last committed; replaced, never edited, when a step commits. */
  record: ExecutionRecord;
  program: Program;
  info: ExecutionInfo;
  /** The snapshot as last committed: steps compute on copies of it. */
  snapshot: ExecutionSnapshot;
  /** Signals are applied one at a time per execution, in arrival order. */
  chain: Promise<void>;
  ended: boolean;
  /** Express executions live in memory only, as on AWS they keep no history. */
  durable: boolean;
  /** Keys of the timers armed for it in the timer queue, released when it ends. */
  timerKeys: Set<string>;
  /** Tasks invoked for it whose answer has not come back, by task id. */
  tasks: Map<string, TaskInvocation>;
}

export function liveExecution(record: ExecutionRecord, program: Program, input: Json, snapshot: ExecutionSnapshot, durable: boolean): LiveExecution {
  const info: ExecutionInfo = {
    executionArn: record.executionArn,
    name: record.name,
    stateMachineArn: record.stateMachineArn,
    stateMachineName: record.stateMachineArn.split(":")[6] ?? "",
    roleArn: record.roleArn,
    startTime: record.startDate,
    input,
    inputText: record.input,
    redriveCount: record.redriveCount,
    type: record.type,
  };
  if (record.mockTestCase !== undefined) info.mockTestCase = record.mockTestCase;
  return { record, program, info, snapshot, chain: Promise.resolve(), ended: false, durable, timerKeys: new Set(), tasks: new Map() };
}
