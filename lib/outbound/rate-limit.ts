// When a subscription that has used its HOOKYARD_OUTBOUND_RATE_LIMIT attempts of the
// last minute (reserve-attempt.ts) has room again: the excess waits, it is never dropped.
import "server-only";
import { db } from "../db";
import { env } from "../env";

const WINDOW_MS = 60_000;

/** When the subscription may be called again, or null when it may be called now. */
export async function nextAllowedAt(webhookId: string, now = Date.now()): Promise<Date | null> {
  const limit = env().HOOKYARD_OUTBOUND_RATE_LIMIT;
  const [oldestInWindow] = await db().deliveryAttempt.findMany({
    where: { webhookId, attemptedAt: { gte: new Date(now - WINDOW_MS) } },
    orderBy: { attemptedAt: "desc" },
    skip: limit - 1,
    take: 1,
    select: { attemptedAt: true },
  });
  return oldestInWindow ? new Date(oldestInWindow.attemptedAt.getTime() + WINDOW_MS) : null;
}
