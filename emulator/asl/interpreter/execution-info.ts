/**
 * The facts an execution is started with (ARNs, name, input, role, type), as the Context object exposes
 * them.
 */
import type { Json } from "../../shared/json";

/** What an execution knows of itself from the start; feeds `$$.Execution` and `$$.StateMachine`. */
export interface ExecutionInfo {
  executionArn: string;
  name: string;
  stateMachineArn: string;
  stateMachineName: string;
  roleArn: string;
  startTime: number;
  input: Json;
  /** The input exactly as the client sent it, which AWS echoes in ExecutionStarted and while it passes unchanged. */
  inputText?: string;
  redriveCount: number;
  type: "STANDARD" | "EXPRESS";
  /** The mock config test case chosen with `<stateMachineArn>#<TestCase>` at StartExecution. */
  mockTestCase?: string;
}
