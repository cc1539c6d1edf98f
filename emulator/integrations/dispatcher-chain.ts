import { ServiceError } from "../shared/service-error";
import type { ActivityQueue } from "./activity-queue";
import type { IntegrationLog } from "./integration-log";
import { LocalHandlers } from "./local-handlers";
import { MockConfigFile } from "./mock-config-file";
import { MockRoute } from "./mock-route";
import { ServiceRoute } from "./service-route";
import { taskCall, type TaskRoute } from "./task-call";
import type { TaskDispatcher } from "./task-dispatcher";

export interface DispatcherChainOptions {
  mockConfigPath?: string;
  handlersPath?: string;
  endpoints: Readonly<Record<string, string>>;
  region: string;
  selfUrl: () => string;
  log: IntegrationLog;
  now: () => number;
  activities: ActivityQueue;
}

export interface ClosableDispatcher extends TaskDispatcher {
  close(): void;
}

/**
 * The dispatcher the emulator runs with: (1) the mock config test case, (2) local handlers,
 * (3) the configured endpoint, (4) AWS. A bad mock config or handlers file throws here, at start.
 */
export function createDispatcherChain(options: DispatcherChainOptions): ClosableDispatcher {
  const mocks = options.mockConfigPath === undefined ? undefined : new MockRoute(new MockConfigFile(options.mockConfigPath, options.log), options.now);
  const handlers = options.handlersPath === undefined ? undefined : new LocalHandlers(options.handlersPath);
  const service = new ServiceRoute({
    endpoints: options.endpoints,
    region: options.region,
    selfUrl: options.selfUrl,
    activities: options.activities,
  });
  const routes: TaskRoute[] = [mocks, handlers].filter((route): route is MockRoute | LocalHandlers => route !== undefined);
  return {
    async dispatch(invocation, execution, reporter) {
      const call = taskCall(invocation, execution, reporter);
      try {
        for (const route of routes) {
          const served = route.serve(call);
          if (served) return await served;
        }
        return await service.serve(call);
      } catch (error) {
        // A route that throws is a bug or a broken user module; the task fails, the emulator goes on.
        options.log.error(`task ${invocation.stateName} (${invocation.resource}) failed in its integration`, error);
        return { status: "failed", error: "States.Runtime", cause: error instanceof Error ? error.message : String(error) };
      }
    },
    release(invocation) {
      if (invocation.taskToken !== undefined) options.activities.remove(invocation.taskToken);
    },
    checkTestCase(stateMachineName, testCase) {
      if (!mocks) {
        throw new ServiceError("ValidationException", `Test case '${testCase}' needs a mock config (SFN_MOCK_CONFIG or --mock-config)`);
      }
      mocks.checkTestCase(stateMachineName, testCase);
    },
    close() {
      service.close();
    },
  };
}
