// Writes the plan (plan.ts) with batched raw inserts: better-sqlite3 prepared
// statements inside large transactions on SQLite, multi-row INSERT … SELECT unnest()
// on PostgreSQL. Users, then endpoints, then events in receivedAt order, then the
// endpoints' counters in one pass.
import Database from "better-sqlite3";
import { Client } from "pg";
import { hashPassword } from "../../lib/auth/passwords";
import { databaseKind, sqliteFilePath } from "../../lib/db-url";
import { BENCH_USER, planEndpoints, planEvents, type SeedEndpoint, type SeedEvent, type SeedUser } from "./plan";

const BATCH = 20_000;
const HEADERS = JSON.stringify({ "content-type": "application/json", "user-agent": "GitHub-Hookshot/seed" });
const BODY = Buffer.from(JSON.stringify({ ref: "refs/heads/main", repository: { full_name: "hookyard/seed" }, pusher: { name: "seed" } }));

export type SeedResult = { users: number; endpoints: number; events: number; ms: number; benchEmail: string };

export async function seedLarge(options: { events: number; endpoints: number; databaseUrl?: string; log?: (line: string) => void }): Promise<SeedResult> {
  const started = Date.now();
  const url = options.databaseUrl ?? process.env.DATABASE_URL ?? "file:./data/hookyard.db";
  const log = options.log ?? ((line) => console.log(line));
  const { users, endpoints } = planEndpoints(options.endpoints);
  const passwordHash = await hashPassword(BENCH_USER.password);
  const writer = databaseKind(url) === "postgresql" ? await postgresWriter(url) : sqliteWriter(sqliteFilePath(url));
  try {
    await writer.users(users, passwordHash);
    await writer.endpoints(endpoints);
    log(`seed: ${users.length} users, ${endpoints.length} endpoints`);
    let batch: SeedEvent[] = [];
    let written = 0;
    for (const event of planEvents(options.events, endpoints, Date.now())) {
      batch.push(event);
      if (batch.length === BATCH) {
        await writer.events(batch);
        written += batch.length;
        batch = [];
        if (written % 200_000 === 0) log(`seed: ${written.toLocaleString("en")} events (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      }
    }
    if (batch.length) await writer.events(batch);
    await writer.counters(endpoints);
    await writer.finish();
  } finally {
    await writer.close();
  }
  return { users: users.length, endpoints: endpoints.length, events: options.events, ms: Date.now() - started, benchEmail: BENCH_USER.email };
}

type Writer = {
  users(users: SeedUser[], passwordHash: string): Promise<void>;
  endpoints(endpoints: SeedEndpoint[]): Promise<void>;
  events(events: SeedEvent[]): Promise<void>;
  counters(endpoints: SeedEndpoint[]): Promise<void>;
  finish(): Promise<void>;
  close(): Promise<void>;
};

// Prisma's SQLite adapter stores DateTime as ISO 8601 text with "+00:00"; compare as text, so write it the same way.
const sqliteTime = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

function sqliteWriter(file: string): Writer {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF"); // a scratch database: a crash means seeding again
  sqlite.pragma("cache_size = -200000");
  const now = sqliteTime(Date.now());
  const insertUser = sqlite.prepare(`INSERT OR IGNORE INTO "User" (id, email, passwordHash, role, createdAt, updatedAt) VALUES (?, ?, ?, 'member', ?, ?)`);
  const insertEndpoint = sqlite.prepare(
    `INSERT OR IGNORE INTO "IntegrationWebhook" (id, userId, providerId, triggerTypes, integrationConfig, status, createdAt, updatedAt) VALUES (?, ?, ?, ?, '{}', ?, ?, ?)`,
  );
  const insertEvent = sqlite.prepare(
    `INSERT OR IGNORE INTO "InboundEvent" (id, endpointId, providerId, eventType, deliveryId, headers, body, receivedAt, status, error, processedAt, durationMs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateCounters = sqlite.prepare(`UPDATE "IntegrationWebhook" SET triggerCount = ?, errorCount = ?, lastTriggered = ? WHERE id = ?`);
  return {
    async users(users, passwordHash) {
      sqlite.transaction(() => users.forEach((u) => insertUser.run(u.id, u.email, passwordHash, now, now)))();
    },
    async endpoints(endpoints) {
      sqlite.transaction(() => endpoints.forEach((e) => insertEndpoint.run(e.id, e.userId, e.providerId, e.triggerTypes, e.status, now, now)))();
    },
    async events(events) {
      sqlite.transaction(() => {
        for (const e of events) {
          insertEvent.run(
            e.id,
            e.endpointId,
            e.providerId,
            e.eventType,
            e.deliveryId,
            HEADERS,
            BODY,
            sqliteTime(e.receivedAt),
            e.status,
            e.error,
            e.processedAt === null ? null : sqliteTime(e.processedAt),
            e.durationMs,
          );
        }
      })();
    },
    async counters(endpoints) {
      sqlite.transaction(() => endpoints.forEach((e) => updateCounters.run(e.triggerCount, e.errorCount, e.lastTriggered ? sqliteTime(e.lastTriggered) : null, e.id)))();
    },
    async finish() {
      sqlite.exec("ANALYZE"); // fresh statistics so the planner picks the indexes
    },
    async close() {
      sqlite.close();
    },
  };
}

async function postgresWriter(url: string): Promise<Writer> {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query("SET synchronous_commit = off");
  await client.query("SET TimeZone = 'UTC'"); // the columns are timestamp without time zone, in UTC
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  const column = <T, V>(rows: T[], pick: (row: T) => V) => rows.map(pick);
  return {
    async users(users, passwordHash) {
      await client.query(
        `INSERT INTO "User" (id, email, "passwordHash", role, "createdAt", "updatedAt") SELECT id, email, $3, 'member', now(), now() FROM unnest($1::text[], $2::text[]) AS t(id, email) ON CONFLICT DO NOTHING`,
        [column(users, (u) => u.id), column(users, (u) => u.email), passwordHash],
      );
    },
    async endpoints(endpoints) {
      await client.query(
        `INSERT INTO "IntegrationWebhook" (id, "userId", "providerId", "triggerTypes", "integrationConfig", status, "createdAt", "updatedAt")
         SELECT id, u, p, t::jsonb, '{}'::jsonb, s, now(), now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS x(id, u, p, t, s) ON CONFLICT DO NOTHING`,
        [column(endpoints, (e) => e.id), column(endpoints, (e) => e.userId), column(endpoints, (e) => e.providerId), column(endpoints, (e) => e.triggerTypes), column(endpoints, (e) => e.status)],
      );
    },
    async events(events) {
      await client.query(
        `INSERT INTO "InboundEvent" (id, "endpointId", "providerId", "eventType", "deliveryId", headers, body, "receivedAt", status, error, "processedAt", "durationMs")
         SELECT id, ep, p, et, d, $11::jsonb, $12::bytea, r, s, err, pr, dur FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::text[], $8::text[], $9::timestamptz[], $10::int[]) AS x(id, ep, p, et, d, r, s, err, pr, dur)
         ON CONFLICT DO NOTHING`,
        [
          column(events, (e) => e.id),
          column(events, (e) => e.endpointId),
          column(events, (e) => e.providerId),
          column(events, (e) => e.eventType),
          column(events, (e) => e.deliveryId),
          column(events, (e) => iso(e.receivedAt)),
          column(events, (e) => e.status),
          column(events, (e) => e.error),
          column(events, (e) => iso(e.processedAt)),
          column(events, (e) => e.durationMs),
          HEADERS,
          BODY,
        ],
      );
    },
    async counters(endpoints) {
      await client.query(
        `UPDATE "IntegrationWebhook" w SET "triggerCount" = x.tc, "errorCount" = x.ec, "lastTriggered" = x.lt FROM unnest($1::text[], $2::int[], $3::int[], $4::timestamptz[]) AS x(id, tc, ec, lt) WHERE w.id = x.id`,
        [column(endpoints, (e) => e.id), column(endpoints, (e) => e.triggerCount), column(endpoints, (e) => e.errorCount), column(endpoints, (e) => (e.lastTriggered ? iso(e.lastTriggered) : null))],
      );
    },
    async finish() {
      await client.query("ANALYZE");
    },
    async close() {
      await client.end();
    },
  };
}
