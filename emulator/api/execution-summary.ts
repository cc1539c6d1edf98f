/** The fields every execution answer starts with (DescribeExecution, a ListExecutions item), for executions and Map children alike. */
import type { ExecutionListItem } from "@aws-sdk/client-sfn";
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
