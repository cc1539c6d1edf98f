/** The fields every execution answer starts with (DescribeExecution, a ListExecutions item), for executions, Map children and Express executions alike. */
import type { DescribeExecutionOutput, ExecutionListItem } from "@aws-sdk/client-sfn";
import type { ExecutionStatus } from "../store/records";
import type { Wire } from "./operation-shapes";
import { epochSeconds } from "./wire-time";

/** What an execution record and a Map child record share. */
export interface ExecutionIdentity {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  status: ExecutionStatus;
  startDate: number;
  stopDate?: number | undefined;
}

export function executionSummary(execution: ExecutionIdentity): Pick<Wire<ExecutionListItem>, "executionArn" | "stateMachineArn" | "name" | "status" | "startDate" | "stopDate"> {
  return {
    executionArn: execution.executionArn,
    stateMachineArn: execution.stateMachineArn,
    name: execution.name,
    status: execution.status,
    startDate: epochSeconds(execution.startDate),
    stopDate: execution.stopDate === undefined ? undefined : epochSeconds(execution.stopDate),
  };
}

/** What an execution ended with, or was given: a record's payload and outcome. */
export interface ExecutionPayload {
  input: string;
  output?: string | undefined;
  error?: string | undefined;
  cause?: string | undefined;
}

/** The summary plus the input, output and outcome DescribeExecution shows of any execution. */
export function executionDescription(
  execution: ExecutionIdentity & ExecutionPayload,
): Pick<Wire<DescribeExecutionOutput>, "executionArn" | "stateMachineArn" | "name" | "status" | "startDate" | "stopDate" | "input" | "inputDetails" | "output" | "outputDetails" | "error" | "cause"> {
  return {
    ...executionSummary(execution),
    input: execution.input,
    inputDetails: { included: true },
    output: execution.output,
    outputDetails: execution.output === undefined ? undefined : { included: true },
    error: execution.error,
    cause: execution.cause,
  };
}
