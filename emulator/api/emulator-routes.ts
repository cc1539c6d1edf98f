/**
 * The emulator's own HTTP endpoints under `/_emulator/` (clock, waiting for an execution to end,
 * workflow coverage, reset), which are not part of the Step Functions API.
 */
import express, { type Request, type Response } from "express";
import type { Logger } from "../runtime/logger";
import type { ClockControl } from "../runtime/clock/clock-control";
import type { CoverageReport } from "../runtime/coverage/coverage-report";
import { isJsonObject, type Json } from "../shared/json";
import { ServiceError } from "../shared/service-error";
import { describeExecution } from "./operations/execution-operations";
import { requireExecution } from "./operations/execution-lookup";
import type { ServiceContext } from "./service-context";

/** What the emulator's own endpoints act on, besides the service context. */
export interface EmulatorControl {
  clock: ClockControl;
  coverage(): CoverageReport;
  /** Clears every state machine, execution, activity and coverage count. */
  reset(): Promise<void>;
}

/** The longest a wait request may hold its connection. */
const MAX_WAIT_SECONDS = 3600;
const DEFAULT_WAIT_SECONDS = 60;

/**
 * `/_emulator/*`: the clock (GET, POST `{"advanceSeconds": n}` or `{"mode": "virtual"|"auto"}`),
 * a long-poll wait for an execution to end, workflow coverage and reset. Errors have AWS's shape.
 */
export function emulatorRoutes(ctx: ServiceContext, control: EmulatorControl, logger: Logger): express.Router {
  const router = express.Router();
  const handle = (work: (req: Request) => Promise<object> | object) => async (req: Request, res: Response) => {
    try {
      res.status(200).json(await work(req));
    } catch (error) {
      if (error instanceof ServiceError) {
        res.status(error.status).json({ __type: error.code, message: error.message });
        return;
      }
      logger.error(`internal error in ${req.method} ${req.originalUrl}`, error);
      res.status(500).json({ __type: "InternalFailure", message: "An internal error occurred" });
    }
  };

  router.get("/clock", handle(() => clockState(control.clock)));
  router.post(
    "/clock",
    handle(async (req) => {
      const body = jsonBody(req.body);
      const advance = body["advanceSeconds"];
      const mode = body["mode"];
      if (advance === undefined && mode === undefined) throw invalid("Give advanceSeconds (a number of seconds) or mode (virtual or auto)");
      if (mode !== undefined) {
        if (mode !== "virtual" && mode !== "auto") throw invalid("mode must be virtual or auto");
        control.clock.setMode(mode);
      }
      if (advance !== undefined) {
        if (typeof advance !== "number" || !Number.isFinite(advance) || advance < 0) throw invalid("advanceSeconds must be a number >= 0");
        await control.clock.advance(advance * 1000);
      }
      return clockState(control.clock);
    }),
  );

  router.get(
    "/executions/wait",
    handle(async (req) => {
      const executionArn = req.query["executionArn"];
      if (typeof executionArn !== "string") throw invalid("executionArn is required");
      const seconds = waitSeconds(req.query["timeoutSeconds"]);
      if (requireExecution(ctx, executionArn).status === "RUNNING") await endOrTimeout(ctx, executionArn, seconds, req);
      // On timeout the answer is DescribeExecution's with status RUNNING, so clients need no second call.
      return describeExecution(ctx, { executionArn });
    }),
  );

  router.get("/coverage", handle(() => control.coverage()));
  router.post(
    "/reset",
    handle(async () => {
      await control.reset();
      return { reset: true };
    }),
  );
  return router;
}

function clockState(clock: ClockControl): object {
  const now = clock.now();
  return { mode: clock.mode, now: new Date(now).toISOString(), epochMillis: now };
}

function endOrTimeout(ctx: ServiceContext, executionArn: string, seconds: number, req: Request): Promise<void> {
  return new Promise((resolve) => {
    // The wait is in real time: a client's patience does not follow the emulator's clock.
    const timer = setTimeout(resolve, seconds * 1000);
    const done = (): void => {
      clearTimeout(timer);
      resolve();
    };
    req.once("close", done);
    void ctx.executions.whenEnded(executionArn).then(done);
  });
}

function waitSeconds(value: unknown): number {
  if (value === undefined) return DEFAULT_WAIT_SECONDS;
  const seconds = typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > MAX_WAIT_SECONDS) {
    throw invalid(`timeoutSeconds must be a number from 0 to ${MAX_WAIT_SECONDS}`);
  }
  return seconds;
}

function jsonBody(body: unknown): Record<string, Json> {
  const text = typeof body === "string" ? body : "";
  if (text.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ServiceError("SerializationException", "The body is not valid JSON");
  }
  if (!isJsonObject(parsed)) throw invalid("The body must be a JSON object");
  return parsed;
}

function invalid(message: string): ServiceError {
  return new ServiceError("ValidationException", message);
}
