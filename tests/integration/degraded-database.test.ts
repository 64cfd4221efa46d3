// The ChainReact fallback: when the database cannot be read, the list still
// answers 200 with the generated entries and X-Hookyard-Degraded: database;
// writes answer 503 in the JSON error shape. Runs its own app, whose database it breaks.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteFilePath } from "@/lib/db-url";
import { startAppServer, TEST_ADMIN, type AppServer } from "../support/app-server";
import { api, signIn } from "../support/http";
import { createTestDatabase, withAdmin, type TestDatabase } from "../support/test-db";

let server: AppServer;
let database: TestDatabase;
let cookie: string;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startAppServer(database.url);
  cookie = await signIn(server.baseUrl, TEST_ADMIN.email, TEST_ADMIN.password);
  expect((await api(server.baseUrl, "POST", "/api/integration-webhooks", { auth: { cookie }, json: { provider_id: "github" } })).status).toBe(201);
}, 150_000);

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

async function breakDatabase() {
  if (database.kind === "postgresql") {
    const name = new URL(database.url).pathname.slice(1);
    await withAdmin(process.env.TEST_PG_URL!, (c) => c.query(`DROP DATABASE "${name}" WITH (FORCE)`));
  } else {
    // SQLite keeps an open file readable even when it is deleted, so remove the table instead.
    const file = new Database(sqliteFilePath(database.url));
    file.exec('PRAGMA foreign_keys = OFF; DROP TABLE "InboundEvent"; DROP TABLE "IntegrationWebhook";');
    file.close();
  }
}

describe(`a database that cannot be read (${process.env.TEST_DB})`, () => {
  it("still lists the catalog, marked degraded, and refuses writes with 503", async () => {
    const before = await api(server.baseUrl, "GET", "/api/integration-webhooks", { auth: { cookie } });
    expect(before.body[0]).toMatchObject({ provider_id: "github", status: "active" });

    await breakDatabase();

    const list = await api(server.baseUrl, "GET", "/api/integration-webhooks", { auth: { cookie } });
    expect(list.status).toBe(200);
    expect(list.headers.get("x-hookyard-degraded")).toBe("database");
    expect(list.body).toHaveLength(32);
    expect(list.body.every((i: { status: string; webhook_url: string }) => i.status === "inactive" && i.webhook_url === "")).toBe(true);

    const write = await api(server.baseUrl, "POST", "/api/integration-webhooks", { auth: { cookie }, json: { provider_id: "slack" } });
    expect(write.status).toBe(503);
    expect(write.body.error.code).toBe("database_unavailable");
    const patch = await api(server.baseUrl, "PATCH", "/api/integration-webhooks/github", { auth: { cookie }, json: { status: "inactive" } });
    expect(patch.status).toBe(503);
    expect(patch.body).toEqual({ error: { code: "database_unavailable", message: expect.any(String) } });
  });
});
