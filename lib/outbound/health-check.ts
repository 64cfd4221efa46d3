// app:health_check on a schedule: once an hour every user whose subscriptions ask
// for it gets Hookyard's status. The job for the next hour is created by the current
// one (or by a worker that finds none); its id is the hour, so when several workers
// try, the database lets exactly one in.
import "server-only";
import { db } from "../db";
import { env } from "../env";
import { VERSION } from "../version";
import { emitOutboundEvent } from "./emit";
import { subscribes } from "./event-types";

export const HEALTH_CHECK_INTERVAL_MS = 60 * 60 * 1000;

export async function scheduleHealthCheck(now = Date.now()): Promise<void> {
  if ((await db().job.count({ where: { kind: "health-check", failedAt: null } })) > 0) return;
  await createHealthCheckJob(Math.floor(now / HEALTH_CHECK_INTERVAL_MS) + 1);
}

async function createHealthCheckJob(bucket: number): Promise<void> {
  await db()
    .job.create({ data: { id: `health-check-${bucket}`, kind: "health-check", payload: { bucket }, runAt: new Date(bucket * HEALTH_CHECK_INTERVAL_MS) } })
    .catch((error: { code?: string }) => {
      if (error.code !== "P2002") throw error; // already scheduled by this or another worker
    });
}

export async function runHealthCheck(payload: unknown): Promise<void> {
  const bucket = Number((payload as { bucket?: number })?.bucket ?? Math.floor(Date.now() / HEALTH_CHECK_INTERVAL_MS));
  await createHealthCheckJob(bucket + 1);
  const webhooks = await db().outboundWebhook.findMany({ where: { enabled: true }, select: { userId: true, eventTypes: true } });
  const userIds = [...new Set(webhooks.filter((w) => subscribes(w.eventTypes, "app:health_check")).map((w) => w.userId))];
  for (const userId of userIds) {
    const [active, failing] = await Promise.all([db().integrationWebhook.count({ where: { userId, status: "active" } }), db().integrationWebhook.count({ where: { userId, status: "error" } })]);
    await db().$transaction((tx) =>
      emitOutboundEvent(tx, { userId, type: "app:health_check", source: "hookyard", payload: { status: "ok", version: VERSION, db: env().databaseKind, endpoints: { active, error: failing } } }),
    );
  }
}
