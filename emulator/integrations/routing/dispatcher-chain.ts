/**
 * The dispatch chain Task states run through: mock config, local handlers, configured endpoints, then
 * AWS; built and checked at start, closed at shutdown.
 */
import { ServiceError } from "../../shared/service-error";
import type { ActivityQueue } from "../activities/activity-queue";
import type { IntegrationLog } from "./integration-log";
import { LocalHandlers, type LocalHandler } from "../lambda/local-handlers";
import { MockConfigFile } from "../mock/mock-config-file";
import { MockRoute } from "../mock/mock-route";
import { ServiceRoute } from "./service-route";
import { taskCall, type TaskRoute } from "./task-call";
import type { TaskCompletion, TaskDispatcher } from "./task-dispatcher";
import { exceedsJsonDepth, MAX_JSON_DEPTH } from "../../shared/json-depth";

export interface DispatcherChainOptions {
  mockConfigPath?: string;
  handlersPath?: string;
  /** The HTTP Task's local connections file. */
  connectionsPath?: string;
  /** In-process handlers (startEmulator's `handlers`), tried before the handlers file's. */
  handlerFunctions?: Readonly<Record<string, LocalHandler>>;
  endpoints: Readonly<Record<string, string>>;
  region: string;
  selfUrl: () => string;
  log: IntegrationLog;
  now: () => number;
  /** Ids in the answers the emulator makes up (mocked hand-overs, local Lambda results): seeded or random. */
  newId?: () => string;
  /** Resolves when an execution of this emulator has ended (nested `.sync` executions wait on it). */
  awaitOwnExecution?: (executionArn: string) => Promise<void>;
  activities: ActivityQueue;
}

export interface ClosableDispatcher extends TaskDispatcher {
  /** Forgets per-execution state, such as which mocked invocation comes next (a reset). */
  reset(): void;
  close(): void;
}

/**
 * The dispatcher the emulator runs with: (1) the mock config test case, (2) local handlers,
 * (3) the configured endpoint, (4) AWS. A bad mock config or handlers file throws here, at start.
 */
export function createDispatcherChain(options: DispatcherChainOptions): ClosableDispatcher {
  const mocks = options.mockConfigPath === undefined ? undefined : new MockRoute(new MockConfigFile(options.mockConfigPath, options.log), options.now, options.newId);
  const functions = options.handlerFunctions === undefined ? undefined : new LocalHandlers(new Map(Object.entries(options.handlerFunctions)), options.now, options.newId);
  const handlers = options.handlersPath === undefined ? undefined : LocalHandlers.fromFile(options.handlersPath, options.now, options.newId);
  const service = new ServiceRoute({
    endpoints: options.endpoints,
    region: options.region,
    selfUrl: options.selfUrl,
    activities: options.activities,
    now: options.now,
    ...(options.awaitOwnExecution === undefined ? {} : { awaitOwnExecution: options.awaitOwnExecution }),
    ...(options.connectionsPath === undefined ? {} : { connectionsPath: options.connectionsPath }),
  });
  const routes: TaskRoute[] = [mocks, functions, handlers].filter((route): route is MockRoute | LocalHandlers => route !== undefined);
  return {
    async dispatch(invocation, execution, reporter) {
      const call = taskCall(invocation, execution, reporter);
      try {
        for (const route of routes) {
          const served = route.serve(call);
          if (served) return withinDepth(await served);
        }
        return withinDepth(await service.serve(call));
      } catch (error) {
        // A route that throws is a bug or a broken user module; the task fails, the emulator goes on.
        options.log.error(`task ${invocation.stateName} (${invocation.resource}) failed in its integration`, error);
        return { status: "failed", error: "States.Runtime", cause: error instanceof Error ? error.message : String(error) };
      }
    },
    release(invocation) {
      // Only an activity task waits in a queue; other token tasks have nothing to drop.
      if (invocation.target.kind === "activity" && invocation.taskToken !== undefined) {
        options.activities.remove(invocation.resource, invocation.taskToken);
      }
    },
    checkTestCase(stateMachineName, testCase) {
      if (!mocks) {
        throw new ServiceError("ValidationException", `Test case '${testCase}' needs a mock config (SFN_MOCK_CONFIG or --mock-config)`);
      }
      mocks.checkTestCase(stateMachineName, testCase);
    },
    resumeInvocations(execution, callsByState) {
      mocks?.resumeInvocations(execution, callsByState);
    },
    reset() {
      mocks?.reset();
    },
    close() {
      service.close();
    },
  };
}

/** A result nested deeper than any JSON value of the emulator may be fails the task, before recursive code meets it. */
function withinDepth(completion: TaskCompletion): TaskCompletion {
  if (completion.status !== "succeeded" || !exceedsJsonDepth(completion.output)) return completion;
  return { status: "failed", error: "States.DataLimitExceeded", cause: `The task returned a result nested more than ${MAX_JSON_DEPTH} levels deep.` };
}
