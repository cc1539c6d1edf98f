/**
 * The seam between the interpreter and the integrations: the TaskDispatcher that serves Task states,
 * how a task's work completes, and what it reports meanwhile.
 */
import type { InspectionDataRequest, InspectionDataResponse } from "@aws-sdk/client-sfn";
import type { ExecutionInfo } from "../../asl";
import type { TaskInvocation } from "../../asl";
import type { Json } from "../../shared/json";

/** How a task's work ended, or that it goes on until its token or activity worker reports. */
export type TaskCompletion =
  | ({ status: "succeeded"; output: Json } & AnswerDelay)
  | ({ status: "failed"; error: string; cause: string; /** A mock config's Throw, not a call. */ mocked?: true } & AnswerDelay)
  | { status: "pending" };

/** A mocked answer's DelaySeconds: the runtime hands the answer to the state only that much later on its clock. */
export interface AnswerDelay {
  delaySeconds?: number;
}

/** What an integration reports while its work goes on. */
export interface TaskReporter {
  /**
   * The service accepted the work of a `.sync` or `.waitForTaskToken` task and answered with
   * `output` (TaskSubmitted); called at most once, before the completion settles.
   */
  submitted(output: Json): void;
  /** An HTTP Task's request and response, for TestState's TRACE inspection level. */
  traced?(exchange: HttpExchange): void;
  /**
   * The work now runs inside this emulator (a nested execution), whose own steps show its progress:
   * until `resumed`, this call holds nothing in hand, so a virtual or auto clock may move on.
   */
  handedOver?(): void;
  /** The work handed over has ended; the call is busy again until it settles. */
  resumed?(): void;
}

/**
 * One HTTP Task call as TestState shows it: the request as sent (with what the connection added)
 * and as the definition alone made it, for when secrets are not revealed; no response on a socket failure.
 */
export interface HttpExchange {
  request: InspectionDataRequest;
  requestWithoutSecrets: InspectionDataRequest;
  response?: InspectionDataResponse;
}

/** A reporter for callers that do not record progress. */
export const IGNORE_PROGRESS: TaskReporter = { submitted: () => undefined };

/** Serves Task states: mocks, local handlers, configured endpoints and AWS, in that order. */
export interface TaskDispatcher {
  dispatch(invocation: TaskInvocation, execution: ExecutionInfo, reporter?: TaskReporter): Promise<TaskCompletion>;
  /** Forgets a task that will never be answered (its state or execution ended): an activity task leaves its queue. */
  release?(invocation: TaskInvocation): void;
  /** Throws a ServiceError when StartExecution names a mock config test case that does not exist. */
  checkTestCase?(stateMachineName: string, testCase: string): void;
  /**
   * The calls each state of a resumed execution made before a restart, those about to be issued again
   * not counted, so that its mocked states go on from the invocation numbers they had reached.
   */
  resumeInvocations?(execution: ExecutionInfo, callsByState: ReadonlyMap<string, number>): void;
}
