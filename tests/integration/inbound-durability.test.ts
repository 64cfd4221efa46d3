// With no worker running, accepted events wait in the database; a worker started
// later (`npm run worker`) processes every one. Also the per-endpoint rate limit.
// Runs its own app with HOOKYARD_WORKER=off and a small rate limit.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pushSample from "@/lib/integrations/presets/github/fixtures/push.json";
import { ROOT, startAppServer, TEST_ADMIN, type AppServer } from "../support/app-server";
import { githubDelivery } from "../support/github-request";
import { api, signIn, type Auth } from "../support/http";
import { createTestDatabase, TEST_SECRETS, type TestDatabase } from "../support/test-db";
import { WORKER_ARGS } from "../support/worker-process";

const SECRET = "durability-secret";
const RATE = 10; // per second; the bucket holds twice that
let server: AppServer;
let database: TestDatabase;
let auth: Auth;
let endpoint: { id: string; webhook_url: string };

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startAppServer(database.url, { HOOKYARD_WORKER: "off", HOOKYARD_INBOUND_RATE_LIMIT: String(RATE) });
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
  return { status: response.status, retryAfter: response.headers.get("retry-after") };
}

describe("durability and limits", () => {
  it("limits a burst per endpoint with 429 and Retry-After", async () => {
    const results = await Promise.all(Array.from({ length: RATE * 2 + 15 }, send));
    const limited = results.filter((r) => r.status === 429);
    expect(results.filter((r) => r.status === 202).length).toBeGreaterThanOrEqual(RATE * 2 - 1);
    expect(limited.length).toBeGreaterThan(0);
    for (const r of limited) expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 2500)); // let the bucket refill
  });

  it("keeps accepted events while no worker runs, and a worker started later processes all of them", async () => {
    for (let i = 0; i < 12; i++) expect((await send()).status).toBe(202);
    const pending = await api(server.baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}/events?status=accepted&limit=200`, { auth });
    const waiting = pending.body.items.length;
    expect(waiting).toBeGreaterThanOrEqual(12);

    const worker = spawn(process.execPath, WORKER_ARGS, { cwd: ROOT, env: { ...process.env, ...TEST_SECRETS, DATABASE_URL: database.url }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    worker.stdout.on("data", (c) => (output += c));
    worker.stderr.on("data", (c) => (output += c));
    try {
      await expect
        .poll(async () => (await api(server.baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}/events?status=accepted&limit=200`, { auth })).body.items.length, {
          timeout: 30_000,
          interval: 200,
        })
        .toBe(0);
      const processed = await api(server.baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}/events?status=processed&limit=200`, { auth });
      expect(processed.body.items.length).toBe(waiting);
      expect((await api(server.baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}`, { auth })).body.trigger_count).toBe(waiting);
    } finally {
      worker.kill("SIGTERM");
      const code = await new Promise((resolve) => worker.once("exit", resolve));
      expect(code, output).toBe(0);
    }
  });
});
