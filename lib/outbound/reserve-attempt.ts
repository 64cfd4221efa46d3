// Takes HOOKYARD_OUTBOUND_RATE_LIMIT slots of a subscription's current minute by writing
// the attempt rows before the requests are sent, in one statement: it inserts no more
// rows than the limit leaves room for, counting the attempts that started in the last
// minute (from the [webhookId, attemptedAt] index, and never past the limit). Concurrent
// deliveries therefore cannot all pass a check made before any of them is recorded.
// SQLite runs one writer at a time, so the statement alone is exact there. On PostgreSQL
// two concurrent statements could both see room (READ COMMITTED), so the reservation
// first locks the subscription's row: reservations for one subscription run one after
// another, across every worker, and each sees the rows before it.
// If the worker dies during a request, its row stays with the note below.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../db";
import { env } from "../env";

const WINDOW_MS = 60_000;
export const UNFINISHED_ATTEMPT = "no answer recorded: the worker stopped during this attempt";

/** Reserves one attempt; its id, or null when the subscription has used its minute. */
export async function reserveAttempt(deliveryId: string, webhookId: string, attemptedAt: Date): Promise<string | null> {
  return (await reserveAttempts(webhookId, [deliveryId], attemptedAt)).get(deliveryId) ?? null;
}

/**
 * Reserves attempts for deliveries of one subscription, in the order given, as far as the
 * rate limit allows. Returns deliveryId → attempt id for those that may be sent now.
 */
export async function reserveAttempts(webhookId: string, deliveryIds: string[], attemptedAt: Date): Promise<Map<string, string>> {
  if (deliveryIds.length === 0) return new Map();
  const rows = deliveryIds.map((deliveryId, order) => ({ id: randomUUID(), deliveryId, order }));
  const windowStart = new Date(attemptedAt.getTime() - WINDOW_MS).toISOString();
  const limit = env().HOOKYARD_OUTBOUND_RATE_LIMIT;
  const at = attemptedAt.toISOString();
  const inserted = env().databaseKind === "sqlite" ? await insertOnSqlite(rows, webhookId, at, windowStart, limit) : await insertOnPostgres(rows, webhookId, at, windowStart, limit);
  const granted = new Set(inserted.map((r) => r.id));
  return new Map(rows.filter((r) => granted.has(r.id)).map((r) => [r.deliveryId, r.id]));
}

type Row = { id: string; deliveryId: string; order: number };

// The count stops at `limit` rows (the inner LIMIT), so a long window costs no more than the limit.
function insertOnSqlite(rows: Row[], webhookId: string, at: string, windowStart: string, limit: number) {
  const values = rows.map(() => "(?, ?, ?)").join(", ");
  return db().$queryRawUnsafe<{ id: string }[]>(
    `INSERT INTO "DeliveryAttempt" ("id", "deliveryId", "webhookId", "attemptedAt", "durationMs", "error")
     SELECT v.column1, v.column2, ?, ?, 0, ? FROM (VALUES ${values}) v ORDER BY v.column3
     LIMIT MAX(0, ? - (SELECT COUNT(*) FROM (SELECT 1 FROM "DeliveryAttempt" WHERE "webhookId" = ? AND "attemptedAt" >= ? LIMIT ?)))
     RETURNING "id"`,
    webhookId,
    at,
    UNFINISHED_ATTEMPT,
    ...rows.flatMap((r) => [r.id, r.deliveryId, r.order]),
    limit,
    webhookId,
    windowStart,
    limit,
  );
}

async function insertOnPostgres(rows: Row[], webhookId: string, at: string, windowStart: string, limit: number) {
  const values = rows.map((_, i) => `($${7 + i * 3}, $${8 + i * 3}, $${9 + i * 3}::int)`).join(", ");
  const [, inserted] = await db().$transaction([
    db().$executeRawUnsafe(`SELECT 1 FROM "OutboundWebhook" WHERE "id" = $1 FOR UPDATE`, webhookId),
    db().$queryRawUnsafe<{ id: string }[]>(
      `INSERT INTO "DeliveryAttempt" ("id", "deliveryId", "webhookId", "attemptedAt", "durationMs", "error")
       SELECT v.id, v.delivery_id, $1, $2::timestamp, 0, $3 FROM (VALUES ${values}) AS v(id, delivery_id, ord) ORDER BY v.ord
       LIMIT GREATEST(0, $4 - (SELECT COUNT(*) FROM (SELECT 1 FROM "DeliveryAttempt" WHERE "webhookId" = $1 AND "attemptedAt" >= $5::timestamp LIMIT $6) recent))
       RETURNING "id"`,
      webhookId,
      at,
      UNFINISHED_ATTEMPT,
      limit,
      windowStart,
      limit,
      ...rows.flatMap((r) => [r.id, r.deliveryId, r.order]),
    ),
  ]);
  return inserted;
}
