/**
 * `POST /_emulator/reset`: wipes all state without a restart, so a test suite can start clean.
 * Running executions stop where they are (no further events) and their timers are released.
 */
import { Router, type Request, type Response } from "express";
import type { ServiceContext } from "./service-context";

export function resetRoute(ctx: ServiceContext): Router {
  const router = Router();
  router.post("/_emulator/reset", async (_req: Request, res: Response) => {
    try {
      await ctx.executions.abandonAll();
      ctx.activities.clear();
      ctx.store.clear();
      res.status(200).json({ reset: true });
    } catch (error) {
      res.status(500).json({ __type: "InternalFailure", message: `reset failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  });
  return router;
}
