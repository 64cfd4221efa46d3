// /api/health while `npm start` is still starting, answered by the start script's own
// node:http server: Next is not prepared yet during migrations and the build, and a
// health check must get its 503 at once rather than wait for Next.
import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { errorBody } from "../api/errors";
import { env } from "../env";
import { VERSION } from "../version";
import { pendingStartupStep } from "./readiness";

/** Answers the request and returns true when it is a health check during start-up. */
export function answerHealthWhileStarting(req: IncomingMessage, res: ServerResponse): boolean {
  const step = pendingStartupStep();
  if (!step || !req.url || new URL(req.url, "http://localhost").pathname !== "/api/health") return false;
  const reason = `start-up is not finished (step: ${step})`;
  const body = { status: "starting", db: env().databaseKind, worker: env().HOOKYARD_WORKER, version: VERSION, step, reason, ...errorBody("starting", reason) };
  res.writeHead(503, { "content-type": "application/json", "retry-after": "1" });
  res.end(JSON.stringify(body));
  return true;
}
