// Takes one of the subscription's HOOKYARD_OUTBOUND_RATE_LIMIT slots for the current
// minute by writing the attempt row before the request is sent, in one statement:
// the row exists only if fewer than `limit` attempts started in the last minute.
// Concurrent deliveries therefore cannot all pass a check made before any of them is
// recorded. SQLite runs one writer at a time, so the statement alone is exact there.
// On PostgreSQL two concurrent statements could both see room (READ COMMITTED), so the
// reservation first locks the subscription's row: reservations for one subscription
// run one after another, across every worker, and each sees the rows before it.
// If the worker dies during the request, the row stays with the note below.
import { randomUUID } from "node:crypto";
import { db } from "../db";
import { env } from "../env";

const WINDOW_MS = 60_000;
export const UNFINISHED_ATTEMPT = "no answer recorded: the worker stopped during this attempt";

export async function reserveAttempt(deliveryId: string, webhookId: string, attemptedAt: Date): Promise<string | null> {
  const id = randomUUID();
  const windowStart = new Date(attemptedAt.getTime() - WINDOW_MS).toISOString();
  const limit = env().HOOKYARD_OUTBOUND_RATE_LIMIT;
  if (env().databaseKind === "sqlite") {
    const inserted = await db().$executeRawUnsafe(
      `INSERT INTO "DeliveryAttempt" ("id", "deliveryId", "attemptedAt", "durationMs", "error")
       SELECT ?, ?, ?, 0, ?
       WHERE (SELECT COUNT(*) FROM "DeliveryAttempt" a JOIN "Delivery" d ON a."deliveryId" = d."id"
              WHERE d."webhookId" = ? AND a."attemptedAt" >= ?) < ?`,
      id, deliveryId, attemptedAt.toISOString(), UNFINISHED_ATTEMPT, webhookId, windowStart, limit,
    );
    return inserted === 1 ? id : null;
  }
  const [, inserted] = await db().$transaction([
    db().$executeRawUnsafe(`SELECT 1 FROM "OutboundWebhook" WHERE "id" = $1 FOR UPDATE`, webhookId),
    db().$executeRawUnsafe(
      `INSERT INTO "DeliveryAttempt" ("id", "deliveryId", "attemptedAt", "durationMs", "error")
       SELECT $1, $2, $3::timestamp, 0, $4
       WHERE (SELECT COUNT(*) FROM "DeliveryAttempt" a JOIN "Delivery" d ON a."deliveryId" = d."id"
              WHERE d."webhookId" = $5 AND a."attemptedAt" >= $6::timestamp) < $7`,
      id, deliveryId, attemptedAt.toISOString(), UNFINISHED_ATTEMPT, webhookId, windowStart, limit,
    ),
  ]);
  return inserted === 1 ? id : null;
}
