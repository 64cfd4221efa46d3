// Issue 13's "done when": with default settings, a burst of 10,000 signed GitHub pushes
// over 50 connections to one endpoint is accepted in full (every answer 2xx, no 429), and
// every event is stored and processed. Real HTTP from autocannon against the app started
// as `npm start` starts it, on its own database. A soak test (`npm run test:soak`, CI
// too): about 20 s on SQLite and a minute on PostgreSQL on 2 cores.
import { createHmac, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pushSample from "@/lib/integrations/presets/github/fixtures/push.json";
import { startAppServer, TEST_ADMIN, type AppServer } from "../support/app-server";
import { countIn } from "../support/emit-burst";
import { api, signIn, type Auth } from "../support/http";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

// autocannon ships no types; the slice of its result used here is typed below.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as (
  options: object,
) => Promise<{ "2xx": number; non2xx: number; errors: number; timeouts: number; statusCodeStats: Record<string, { count: number }>; duration: number }>;

const REQUESTS = 10_000;
const CONNECTIONS = 50;
const SECRET = "burst-secret";
let server: AppServer;
let database: TestDatabase;
let auth: Auth;
let endpoint: { id: string; webhook_url: string };

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startAppServer(database.url); // default settings: no HOOKYARD_INBOUND_RATE_LIMIT
  auth = { cookie: await signIn(server.baseUrl, TEST_ADMIN.email, TEST_ADMIN.password) };
  endpoint = (await api(server.baseUrl, "POST", "/api/integration-webhooks", { auth, json: { provider_id: "github", trigger_types: ["github_trigger_push"] } })).body;
  await api(server.baseUrl, "PATCH", `/api/integration-webhooks/${endpoint.id}`, { auth, json: { signing_secret: SECRET } });
}, 150_000);

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

describe(`a 50-connection burst of 10,000 signed pushes with default settings (${process.env.TEST_DB})`, () => {
  it("is accepted in full, then every event is stored and processed", async () => {
    // GitHub signs the body only (X-Hub-Signature-256), so one signature fits every request;
    // each gets its own x-github-delivery, so each is a new event.
    const body = JSON.stringify(pushSample);
    const headers = {
      "content-type": "application/json",
      "user-agent": "GitHub-Hookshot/044aadd",
      "x-github-event": "push",
      "x-hub-signature-256": "sha256=" + createHmac("sha256", SECRET).update(body).digest("hex"),
    };
    const started = Date.now();
    const result = await autocannon({
      url: endpoint.webhook_url,
      connections: CONNECTIONS,
      amount: REQUESTS,
      timeout: 30,
      requests: [{ method: "POST", body, setupRequest: (req: { headers: Record<string, string> }) => ({ ...req, headers: { ...headers, "x-github-delivery": randomUUID() } }) }],
    });
    const acceptedInMs = Date.now() - started;
    expect({ "2xx": result["2xx"], non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts }, JSON.stringify(result.statusCodeStats)).toEqual({
      "2xx": REQUESTS,
      non2xx: 0,
      errors: 0,
      timeouts: 0,
    });
    expect(Object.keys(result.statusCodeStats)).toEqual(["202"]);

    const count = (status?: string) => countIn(database.url, (c) => c.inboundEvent.count({ where: { endpointId: endpoint.id, ...(status ? { status } : {}) } }));
    expect(await count()).toBe(REQUESTS);
    // Processed behind the burst: poll the API until none is accepted any more.
    await expect
      .poll(async () => (await api(server.baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}/events?status=accepted&limit=1`, { auth })).body.items.length, { timeout: 90_000, interval: 500 })
      .toBe(0);
    const processedInMs = Date.now() - started;
    expect(await count("processed")).toBe(REQUESTS);
    expect((await api(server.baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}`, { auth })).body.trigger_count).toBe(REQUESTS);
    console.log(`[burst ${process.env.TEST_DB}] ${REQUESTS} accepted in ${acceptedInMs} ms, all processed after ${processedInMs} ms`);
  }, 120_000);
});
