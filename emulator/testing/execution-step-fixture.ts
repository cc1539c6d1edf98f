/**
 * Fixtures for tests that drive the interpreter step by step: a fixed execution, fixed interpreter
 * ports and one-step helper.
 */
import type { Json } from "../shared/json";
import { compileProgram } from "../asl/definition/program";
import type { StateMachineDefinition } from "../asl/definition/types";
import { ExecutionStep } from "../asl/interpreter/execution-step";
import type { ExecutionInfo } from "../asl/interpreter/execution-info";
import { emptySnapshot, type ExecutionSnapshot } from "../asl/interpreter/execution-snapshot";
import type { InterpreterPorts } from "../asl/interpreter/ports";

/** A Standard execution at time 0, for tests that drive the interpreter step by step. */
export const TEST_EXECUTION_INFO: ExecutionInfo = {
  executionArn: "arn:aws:states:us-east-1:111111111111:execution:m:e",
  name: "e",
  stateMachineArn: "arn:aws:states:us-east-1:111111111111:stateMachine:m",
  stateMachineName: "m",
  roleArn: "arn:aws:iam::111111111111:role/r",
  startTime: 0,
  input: {},
  redriveCount: 0,
  type: "STANDARD",
};

/** A stopped clock, a fixed random draw and UUID, and waits skipped. */
export const TEST_PORTS: InterpreterPorts = {
  now: () => 0,
  random: () => 0.5,
  uuid: () => "00000000-0000-4000-8000-000000000000",
  waitTimeScale: 0,
};

/** One step of an execution of `definition` on `input`, over a snapshot the caller keeps (and applies results to) between steps. */
export function testStep(definition: StateMachineDefinition, input: Json, snapshot: ExecutionSnapshot = emptySnapshot()): ExecutionStep {
  return new ExecutionStep(compileProgram(definition), { ...TEST_EXECUTION_INFO, input }, snapshot, TEST_PORTS);
}
