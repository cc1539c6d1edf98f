/**
 * The facts an execution is started with (ARNs, name, input, role, type), as the Context object exposes
 * them, and the text of the input that the states write while it passes unchanged.
 */
import { compactJsonText } from "../../shared/compact-json-text";
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
  /** The input exactly as the client sent it, which AWS echoes in ExecutionStarted (and DescribeExecution). */
  inputText?: string;
  redriveCount: number;
  type: "STANDARD" | "EXPRESS";
  /** The mock config test case chosen with `<stateMachineArn>#<TestCase>` at StartExecution. */
  mockTestCase?: string;
}

/**
 * The text the states write for the execution input while it passes unchanged. Recordings up to March
 * 2024 echo the client's text; since July 2024 AWS writes it compact, each token as the client wrote it
 * (`0.0` stays `0.0`). Kept even when it equals the value's serialisation: every state the value passes
 * through untouched then writes its events and checks its size without serialising it again.
 */
export function firstStateText(info: ExecutionInfo): { inputText?: string } {
  return info.inputText === undefined ? {} : { inputText: compactJsonText(info.inputText) };
}
