/** The event AWS closes a state with when the Map or Parallel around it fails while it still runs. */
import type { HistoryEventType } from "@aws-sdk/client-sfn";
import type { StateType } from "../definition/types";

/**
 * Only states that wait can still run when a sibling fails: a Task, a Wait, or a Map or Parallel
 * whose own children run. The developer guide names these events; no recording shows them, so
 * their order and links follow the shape of the recorded TaskStateAborted of a failing branch.
 */
export function abortedEventOf(type: StateType): HistoryEventType | undefined {
  switch (type) {
    case "Task":
      return "TaskStateAborted";
    case "Wait":
      return "WaitStateAborted";
    case "Map":
      return "MapStateAborted";
    case "Parallel":
      return "ParallelStateAborted";
    case "Pass":
    case "Choice":
    case "Succeed":
    case "Fail":
      return undefined;
  }
}
