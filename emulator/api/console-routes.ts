/**
 * The web console under /console/: its bundled static assets (built into dist/console by
 * `npm run build`) and two small read-only endpoints the pages need beyond the Step Functions API.
 * Nothing here runs unless a browser asks, so the API pays nothing for it.
 */
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import * as fs from "node:fs";
import * as path from "node:path";
import { ServiceError } from "../shared/service-error";
import { crossSiteRefusal, foreignHostRefusal } from "./browser-request-guard";
import { requireExecution } from "./operations/execution-lookup";
import { requireActivity } from "./operations/activity-operations";
import { pendingTaskTokens } from "./pending-task-tokens";
import type { ServiceContext } from "./service-context";

/** Where `npm run build` writes the bundle: dist/console under the package root, in source and built layouts alike. */
export function consoleAssetsDir(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, "dist", "console");
}

export function consoleRoutes(ctx: ServiceContext, listenHost: string, assetsDir = consoleAssetsDir()): Router {
  const router = express.Router();

  // A browser opening the emulator's address lands on the console; API clients never ask for HTML.
  router.get("/", (req, res, next) => {
    if (req.headers.accept?.includes("text/html") === true) res.redirect(302, "/console/");
    else next();
  });

  router.use("/console", (req: Request, res: Response, next: NextFunction) => {
    const refusal = req.path.startsWith("/api/") ? crossSiteRefusal(req.headers, listenHost) : foreignHostRefusal(req.headers, listenHost);
    if (refusal === undefined) return next();
    sendJson(res, 403, { __type: "AccessDeniedException", message: refusal });
  });

  router.get("/console/api/task-tokens", (req, res) => {
    answer(res, () => {
      const executionArn = requireExecution(ctx, queryString(req, "executionArn")).executionArn;
      return { taskTokens: pendingTaskTokens(ctx, executionArn) };
    });
  });

  router.get("/console/api/activity-tasks", (req, res) => {
    answer(res, () => {
      const activityArn = requireActivity(ctx, queryString(req, "activityArn")).activityArn;
      return { tasks: ctx.activities.queued(activityArn).map((task) => ({ ...task, executionArn: executionOf(ctx, task.taskToken) })) };
    });
  });

  router.use("/console/api", (req, res) => sendJson(res, 404, { __type: "UnknownOperationException", message: `No route for ${req.method} ${req.originalUrl}` }));

  router.use(
    "/console",
    express.static(assetsDir, {
      index: "index.html",
      redirect: true,
      setHeaders(res, file) {
        // Bundles carry a content hash in their name; the page that names them must always be fresh.
        res.setHeader("Cache-Control", /-[A-Z0-9]{8}\.(js|css)$/.test(file) ? "public, max-age=31536000, immutable" : "no-cache");
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'");
      },
    }),
  );
  router.get("/console/*", (req, res) => {
    const message = fs.existsSync(path.join(assetsDir, "index.html"))
      ? `No console asset ${req.path}`
      : `The console is not built: run 'npm run build' (looked in ${assetsDir})`;
    sendJson(res, 404, { __type: "ResourceNotFound", message });
  });
  return router;
}

/** The execution a queued activity task belongs to, as the runtime resolves its token ("" once it is gone). */
function executionOf(ctx: ServiceContext, taskToken: string): string {
  try {
    return ctx.executions.waitingTask(taskToken).target.executionArn;
  } catch {
    return "";
  }
}

function queryString(req: Request, name: string): string {
  const value = req.query[name];
  if (typeof value !== "string" || value === "") throw new ServiceError("MissingRequiredParameter", `${name} is required`);
  return value;
}

function answer(res: Response, compute: () => object): void {
  try {
    sendJson(res, 200, compute());
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    sendJson(res, error.status, { __type: error.code, message: error.message });
  }
}

function sendJson(res: Response, status: number, body: object): void {
  res.status(status).setHeader("Content-Type", "application/json").setHeader("Cache-Control", "no-store").send(JSON.stringify(body));
}
