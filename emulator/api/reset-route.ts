/**
 * `POST /_emulator/reset`: wipes all state without a restart, so a test suite can start clean.
 * Running executions stop where they are (no further events) and their timers are released.
 */
import { Router, type Request, type Response } from "express";
import { HttpRejection, writeJson, writeRejection } from "./http/http-rejection";
import type { ServiceContext } from "./service-context";

export function resetRoute(ctx: ServiceContext): Router {
  const router = Router();
  router.post("/_emulator/reset", async (_req: Request, res: Response) => {
    try {
      await ctx.executions.abandonAll();
      ctx.activities.clear();
      ctx.store.clear();
      writeJson(res, 200, { reset: true });
    } catch (error) {
      writeRejection(res, new HttpRejection(500, "InternalFailure", `reset failed: ${error instanceof Error ? error.message : String(error)}`));
    }
  });
  return router;
}
