// The overload guard (issue 13): while the database cannot take a write (another
// connection holds SQLite's write lock, or a PostgreSQL transaction holds a lock on the
// events table), webhooks are answered 503 `overloaded` with Retry-After once they have
// waited HOOKYARD_INBOUND_MAX_WAIT_MS: never 500, never 429. When the lock goes, the
// receiver accepts again, and every acknowledged event is stored.
// Runs its own app, whose database it locks, with the worker off: on SQLite, Prisma's
// connection waits for a lock synchronously (better-sqlite3's busy timeout, lib/db.ts), so
// an inline worker's claim during the lock would stall the whole process for up to 5 s and
// hide what this test is about, the receiver's own answer.
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteFilePath } from "@/lib/db-url";
import pushSample from "@/lib/integrations/presets/github/fixtures/push.json";
import { startAppServer, TEST_ADMIN, type AppServer } from "../support/app-server";
import { githubDelivery } from "../support/github-request";
import { api, signIn, type Auth } from "../support/http";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

const SECRET = "overload-secret";
const MAX_WAIT_MS = 1500;
const HOLD_MS = 4000;
let server: AppServer;
let database: TestDatabase;
let auth: Auth;
let endpoint: { id: string; webhook_url: string };

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startAppServer(database.url, { HOOKYARD_INBOUND_MAX_WAIT_MS: String(MAX_WAIT_MS), HOOKYARD_WORKER: "off" });
  auth = { cookie: await signIn(server.baseUrl, TEST_ADMIN.email, TEST_ADMIN.password) };
  endpoint = (await api(server.baseUrl, "POST", "/api/integration-webhooks", { auth, json: { provider_id: "github" } })).body;
  await api(server.baseUrl, "PATCH", `/api/integration-webhooks/${endpoint.id}`, { auth, json: { signing_secret: SECRET } });
}, 150_000);

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

async function send() {
  const delivery = githubDelivery(SECRET, "push", pushSample);
  const response = await fetch(endpoint.webhook_url, { method: "POST", body: delivery.body, headers: delivery.headers });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: await response.json() };
}

/** Holds the database's write lock from a second connection until the returned function is called. */
async function lockWrites(): Promise<() => Promise<void>> {
  if (database.kind === "sqlite") {
    const connection = new Database(sqliteFilePath(database.url));
    connection.exec("BEGIN IMMEDIATE");
    return async () => {
      connection.exec("COMMIT");
      connection.close();
    };
  }
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query("BEGIN");
  await client.query('LOCK TABLE "InboundEvent" IN EXCLUSIVE MODE'); // reads go on, writes wait
  return async () => {
    await client.query("COMMIT");
    await client.end();
  };
}

describe(`a database that cannot take writes for a while (${process.env.TEST_DB})`, () => {
  it("answers 503 overloaded with Retry-After, never 500 or 429, and accepts again once the lock is gone", async () => {
    expect((await send()).status).toBe(202);

    const release = await lockWrites();
    const during: Promise<Awaited<ReturnType<typeof send>>>[] = [];
    const started = Date.now();
    // Requests keep arriving while the lock is held; the first ones wait out MAX_WAIT_MS.
    while (Date.now() - started < HOLD_MS - MAX_WAIT_MS - 500) {
      during.push(send());
      await new Promise((r) => setTimeout(r, 100));
    }
    const early = await Promise.all(during.slice(0, 3));
    expect(Date.now() - started).toBeLessThan(HOLD_MS); // answered while the lock was still held
    await new Promise((r) => setTimeout(r, Math.max(0, HOLD_MS - (Date.now() - started))));
    await release();
    const results = await Promise.all(during);

    for (const r of early) {
      expect(r.status).toBe(503);
      expect(r.body.error).toMatchObject({ code: "overloaded", message: expect.any(String) });
      expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
    }
    for (const r of results) expect([202, 503]).toContain(r.status);

    // Recovery: the next requests are stored as usual.
    const after = await Promise.all(Array.from({ length: 20 }, send));
    expect(after.map((r) => r.status)).toEqual(Array(20).fill(202));

    // Everything acknowledged is stored (a 503 promises nothing either way).
    const acknowledged = [...results, ...after].filter((r) => r.status === 202).map((r) => r.body.id);
    for (const id of acknowledged) {
      expect((await api(server.baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}/events/${id}`, { auth })).status).toBe(200);
    }
    expect(server.output()).not.toMatch(/unexpected error/);
  });
});
