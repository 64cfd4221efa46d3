// GET /api/health: has start-up finished, is the database reachable, which one, is the worker on.
import "server-only";
import { db } from "./db";
import { env } from "./env";
import { pendingStartupStep, type StartupStep } from "./startup/readiness";
import { VERSION } from "./version";

export type Health = {
  status: "ok" | "starting" | "unavailable";
  db: "sqlite" | "postgresql";
  worker: "inline" | "off";
  version: string;
  /** While starting: the step still running. */
  step?: StartupStep;
  reason?: string;
};

export async function checkHealth(): Promise<Health> {
  const base = { db: env().databaseKind, worker: env().HOOKYARD_WORKER, version: VERSION } as const;
  const step = pendingStartupStep();
  if (step) return { status: "starting", ...base, step, reason: `start-up is not finished (step: ${step})` };
  try {
    await db().$queryRawUnsafe("SELECT 1");
    return { status: "ok", ...base };
  } catch (error) {
    return { status: "unavailable", ...base, reason: `database unreachable: ${describeDbError(error)}` };
  }
}

// A short, secret-free reason: the driver's error code or first line, never the URL.
function describeDbError(error: unknown): string {
  const e = error as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const text = e.cause?.code ?? e.code ?? e.cause?.message ?? e.message ?? "unknown error";
  return String(text)
    .split("\n")[0]
    .replace(/postgres(ql)?:\/\/\S+/g, "<url>")
    .slice(0, 200);
}
