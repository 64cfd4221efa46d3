// The three inserts of a fan-out (emit.ts): OutboundEvent, Delivery and "deliver" Job rows,
// one statement per table whatever the batch size. Each statement takes the whole batch
// as ONE JSON parameter and unpacks it in SQL (SQLite's json_each, PostgreSQL's
// jsonb_to_recordset), so its text never changes with the row count and no bind-variable
// limit applies. Prisma's createMany cost ~0.35 ms of client CPU per row (its query
// compiler and runtime), which held fan-out to ~500–1,000 events/s (bench/README.md,
// "deliver"); here the per-row work is one JSON.stringify.
// Rows are written exactly as Prisma writes them: JSON as text on SQLite and jsonb on
// PostgreSQL, DateTime as "…+00:00" text on SQLite (sqliteTimestamp) and UTC
// `timestamp(3)` on PostgreSQL (an ISO string cast, so no session time zone applies), and
// every defaulted column given explicitly (SQLite's CURRENT_TIMESTAMP is another format).
// https://www.sqlite.org/json1.html#jeach
// https://www.postgresql.org/docs/15/functions-json.html#FUNCTIONS-JSON-PROCESSING-TABLE
import "server-only";
import type { Db } from "../db";
import { env } from "../env";
import { sqliteTimestamp } from "../sqlite-direct";

export type FanoutTx = Pick<Db, "$executeRawUnsafe">;

export type FanoutRows = {
  events: Array<{ id: string; userId: string; type: string; source: string; payload: unknown }>;
  deliveries: Array<{ id: string; outboundEventId: string; webhookId: string }>;
  /** Delivery ids: one "deliver" job each, with the payload `{ deliveryId }`. */
  jobs: Array<{ id: string; deliveryId: string }>;
  now: Date;
};

export async function insertFanout(tx: FanoutTx, rows: FanoutRows): Promise<void> {
  const sqlite = env().databaseKind === "sqlite";
  const now = sqlite ? sqliteTimestamp(rows.now) : rows.now.toISOString();
  const events = JSON.stringify(rows.events.map((e) => ({ id: e.id, userId: e.userId, type: e.type, source: e.source, payload: JSON.stringify(e.payload) })));
  const run = (sql: { sqlite: string; postgresql: string }, json: string) =>
    // SQLite: anonymous `?` in the order they appear (the adapter binds positionally), the
    // timestamps first, the rows last; PostgreSQL: $1 is the rows, $2 the timestamp.
    sqlite ? tx.$executeRawUnsafe(sql.sqlite, ...Array<string>(placeholders(sql.sqlite) - 1).fill(now), json) : tx.$executeRawUnsafe(sql.postgresql, json, now);
  if (rows.events.length > 0) await run(EVENTS, events);
  if (rows.deliveries.length > 0) await run(DELIVERIES, JSON.stringify(rows.deliveries));
  if (rows.jobs.length > 0) await run(JOBS, JSON.stringify(rows.jobs.map((j) => ({ id: j.id, payload: JSON.stringify({ deliveryId: j.deliveryId }) }))));
}

const placeholders = (sql: string) => sql.split("?").length - 1;

const field = (name: string) => `json_extract(value, '$.${name}')`;

const EVENTS = {
  sqlite: `INSERT INTO "OutboundEvent" ("id", "userId", "type", "source", "payload", "createdAt")
    SELECT ${field("id")}, ${field("userId")}, ${field("type")}, ${field("source")}, ${field("payload")}, ? FROM json_each(?)`,
  postgresql: `INSERT INTO "OutboundEvent" ("id", "userId", "type", "source", "payload", "createdAt")
    SELECT r."id", r."userId", r."type", r."source", r."payload"::jsonb, $2::timestamp
    FROM jsonb_to_recordset($1::jsonb) AS r("id" text, "userId" text, "type" text, "source" text, "payload" text)`,
};

const DELIVERIES = {
  sqlite: `INSERT INTO "Delivery" ("id", "outboundEventId", "webhookId", "status", "attempts", "nextAttemptAt", "createdAt", "updatedAt")
    SELECT ${field("id")}, ${field("outboundEventId")}, ${field("webhookId")}, 'pending', 0, ?, ?, ? FROM json_each(?)`,
  postgresql: `INSERT INTO "Delivery" ("id", "outboundEventId", "webhookId", "status", "attempts", "nextAttemptAt", "createdAt", "updatedAt")
    SELECT r."id", r."outboundEventId", r."webhookId", 'pending', 0, $2::timestamp, $2::timestamp, $2::timestamp
    FROM jsonb_to_recordset($1::jsonb) AS r("id" text, "outboundEventId" text, "webhookId" text)`,
};

const JOBS = {
  sqlite: `INSERT INTO "Job" ("id", "kind", "payload", "runAt", "attempts", "createdAt")
    SELECT ${field("id")}, 'deliver', ${field("payload")}, ?, 0, ? FROM json_each(?)`,
  postgresql: `INSERT INTO "Job" ("id", "kind", "payload", "runAt", "attempts", "createdAt")
    SELECT r."id", 'deliver', r."payload"::jsonb, $2::timestamp, 0, $2::timestamp
    FROM jsonb_to_recordset($1::jsonb) AS r("id" text, "payload" text)`,
};
