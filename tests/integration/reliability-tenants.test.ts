// Reliability suite, tenants (issue 13): every route under app/api, found by walking the
// folder (a new route joins the test by existing, and one with an id nobody mapped fails
// it), called by user B with B's own API token on user A's rows: each answers 404 in the
// error shape and A's rows in the database are byte-for-byte what they were. B's lists name
// none of A's ids. A revoked token and malformed ones answer 401 on every authenticated
// route. DESIGN.md §3: "every row is scoped to its owner (another user's id answers 404)".
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeDb, db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { ROOT } from "../support/app-server";
import { connect, connectionOf, signedInUser, waitUntil } from "../support/connect";
import { recordFigures, tally } from "../support/figures";
import { api, type Auth } from "../support/http";
import { startReceiver, type Receiver } from "../support/receiver";
import { testDbKind, TEST_SECRETS } from "../support/test-db";

const baseUrl = inject("baseUrl");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
type Route = { template: string; methods: string[] };

/** Routes that take no caller: their own checks (a signature, next-auth's flow) guard them. */
const PUBLIC = new Set(["/api/health", "/api/openapi.json", "/api/auth/[...nextauth]", "/api/webhooks/[provider]/[endpointId]"]);
/** Routes whose [id] is a provider id (github), not a row: nothing of A's to reach. */
const PROVIDER_ID = new Set(["/api/connections/[id]/authorize", "/api/connections/[id]/callback", "/api/connections/[id]/token"]);
/** Endless by design (server-sent events): checked for 401 only. */
const STREAMS = new Set(["/api/stream"]);
/** Bodies that pass each route's schema, so that ownership, not validation, decides the answer. */
const BODIES: Record<string, unknown> = {
  "PATCH /api/integration-webhooks/[id]": { status: "inactive" },
  "PATCH /api/hooks/webhooks/[id]": { name: "renamed by b" },
  "POST /api/connections/[id]/actions/send-message": { channel: "general", text: "sent by b" },
};

function walk(dir: string): Route[] {
  const routes: Route[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) routes.push(...walk(full));
    else if (entry.name === "route.ts" || entry.name === "route.tsx") {
      const source = readFileSync(full, "utf8");
      const methods = new Set<string>();
      for (const m of source.matchAll(/export\s+(?:async\s+)?(?:const|function)\s+([A-Z]+)\b/g)) methods.add(m[1]);
      for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) for (const a of m[1].matchAll(/\bas\s+([A-Z]+)\b/g)) methods.add(a[1]);
      const template = "/" + path.relative(path.join(ROOT, "app"), dir).split(path.sep).join("/");
      routes.push({ template, methods: [...methods].filter((m) => (METHODS as readonly string[]).includes(m)).sort() });
    }
  }
  return routes;
}

const ROUTES = walk(path.join(ROOT, "app/api")).sort((a, b) => a.template.localeCompare(b.template));
const figures = tally("requests sent", "cross-tenant", "500s", "refusals");
const notes: string[] = [];

type Ids = { endpoint: string; event: string; hook: string; delivery: string; connection: string; token: string };
let a: Auth & { userId: string; ids: Ids };
let bToken: string;
let revokedToken: string;
let receiver: Receiver;

/** The route's path with A's ids in it; throws for a parameter this test does not know. */
function fill(template: string, ids: Ids): string {
  return template.replace(/\[([^\]]+)\]/g, (_whole, param: string, offset: number) => {
    const before = template.slice(0, offset);
    if (param === "...path") return "no-such-route";
    if (param === "...nextauth") return "session";
    if (PROVIDER_ID.has(template) || param === "provider") return "github";
    if (param === "eventId") return ids.event;
    if (param === "deliveryId") return ids.delivery;
    if (param === "endpointId") return ids.endpoint;
    if (param === "id" && before.endsWith("/integration-webhooks/")) return ids.endpoint;
    if (param === "id" && before.endsWith("/hooks/webhooks/")) return ids.hook;
    if (param === "id" && before.endsWith("/connections/")) return ids.connection;
    if (param === "id" && before.endsWith("/tokens/")) return ids.token;
    throw new Error(`${template}: no row of A's is known for [${param}]; map it in fill()`);
  });
}

async function send(method: string, url: string, authorization: string | undefined, template: string) {
  const headers: Record<string, string> = {};
  if (authorization !== undefined) headers.authorization = authorization;
  let body: string | undefined;
  if (["POST", "PUT", "PATCH"].includes(method)) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(BODIES[`${method} ${template}`] ?? {});
  }
  const response = await fetch(`${baseUrl}${url}`, { method, headers, body, redirect: "manual", signal: AbortSignal.timeout(15_000) });
  const text = method === "HEAD" ? "" : await response.text();
  figures.add("requests sent");
  if (response.status >= 500) figures.add("500s");
  else if (response.status >= 400) figures.add("refusals");
  return { status: response.status, text };
}

function expectErrorShape(text: string, label: string) {
  const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
  expect(parsed.error?.code, label).toMatch(/^[a-z_]+$/);
  expect(typeof parsed.error?.message, label).toBe("string");
}

/** Every row that belongs to A, read straight from the database. */
async function snapshotOf(userId: string) {
  Object.assign(process.env, TEST_SECRETS, { DATABASE_URL: inject("databaseUrl") });
  resetEnvCache();
  const prisma = db();
  const rows = {
    tokens: await prisma.apiToken.findMany({ where: { userId }, orderBy: { id: "asc" }, omit: { lastUsedAt: true } }),
    endpoints: await prisma.integrationWebhook.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    events: await prisma.inboundEvent.findMany({ where: { endpoint: { userId } }, orderBy: { id: "asc" } }),
    activities: await prisma.activity.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    connections: await prisma.connection.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    hooks: await prisma.outboundWebhook.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    outboundEvents: await prisma.outboundEvent.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    deliveries: await prisma.delivery.findMany({ where: { webhook: { userId } }, orderBy: { id: "asc" } }),
    attempts: await prisma.deliveryAttempt.findMany({ where: { delivery: { webhook: { userId } } }, orderBy: { id: "asc" } }),
  };
  await closeDb();
  return JSON.parse(JSON.stringify(rows)) as unknown;
}

async function userIdOf(email: string): Promise<string> {
  Object.assign(process.env, TEST_SECRETS, { DATABASE_URL: inject("databaseUrl") });
  resetEnvCache();
  const user = await db().user.findUniqueOrThrow({ where: { email } });
  await closeDb();
  return user.id;
}

async function newToken(auth: Auth, name: string): Promise<{ id: string; token: string }> {
  const created = await api<{ id: string; token: string }>(baseUrl, "POST", "/api/tokens", { auth, json: { name } });
  expect(created.status).toBe(201);
  return created.body;
}

beforeAll(async () => {
  receiver = await startReceiver();
  const aAuth = await signedInUser(baseUrl, "a@tenants.test");
  const bAuth = await signedInUser(baseUrl, "b@tenants.test");
  // A: a connection (OAuth through the fake provider), an endpoint with one event, an
  // outbound webhook with one delivery, an API token. B: a token of B's own.
  await connect(baseUrl, aAuth, "github");
  const connection = (await connectionOf(baseUrl, aAuth, "github")) as { id: string } | undefined;
  if (!connection) throw new Error("A's GitHub connection was not made");
  const endpoint = await api<{ id: string }>(baseUrl, "POST", "/api/integration-webhooks", { auth: aAuth, json: { provider_id: "stripe" } });
  expect(endpoint.status, endpoint.text).toBe(201);
  const secret = await api(baseUrl, "PATCH", `/api/integration-webhooks/${endpoint.body.id}`, { auth: aAuth, json: { signing_secret: "whsec_dGVuYW50cy10ZXN0LXNpZ25pbmctc2VjcmV0" } });
  expect(secret.status, secret.text).toBe(200);
  const test = await api<{ event: { id: string } }>(baseUrl, "POST", `/api/integration-webhooks/${endpoint.body.id}/test`, { auth: aAuth, json: {} });
  expect(test.status, test.text).toBe(200);
  const event = await waitUntil("A's event, processed", async () => {
    const shown = await api<{ id: string; status: string }>(baseUrl, "GET", `/api/integration-webhooks/${endpoint.body.id}/events/${test.body.event.id}`, { auth: aAuth });
    return shown.body.status !== "accepted" && shown.body;
  });
  const hook = await api<{ id: string }>(baseUrl, "POST", "/api/hooks/webhooks", { auth: aAuth, json: { name: "a's hook", url: receiver.url, eventTypes: ["*"] } });
  expect(hook.status, hook.text).toBe(201);
  expect((await api(baseUrl, "POST", `/api/hooks/webhooks/${hook.body.id}/test`, { auth: aAuth })).status).toBe(202);
  const delivery = await waitUntil("A's delivery, done", async () => {
    const list = await api<{ items?: { id: string; status: string }[] }>(baseUrl, "GET", `/api/hooks/webhooks/${hook.body.id}/deliveries`, { auth: aAuth });
    const items = list.body.items ?? [];
    return items.length > 0 && items.every((d) => d.status !== "pending") && items[0];
  });
  const token = await newToken(aAuth, "a's token");
  const revoked = await newToken(aAuth, "a's revoked token");
  expect((await api(baseUrl, "DELETE", `/api/tokens/${revoked.id}`, { auth: aAuth })).status).toBe(204);
  revokedToken = revoked.token;
  bToken = (await newToken(bAuth, "b's token")).token;
  a = {
    ...aAuth,
    userId: await userIdOf("a@tenants.test"),
    ids: { endpoint: endpoint.body.id, event: event.id, hook: hook.body.id, delivery: delivery.id, connection: connection.id, token: token.id },
  };
});

afterAll(async () => {
  recordFigures({ scenario: "another user's ids and bad tokens on every API route", part: "tenants", database: testDbKind(), figures: figures.figures, notes });
  await receiver?.close();
});

describe("the route list", () => {
  it("walks app/api and knows a row of A's for every id parameter", () => {
    expect(ROUTES.length).toBeGreaterThanOrEqual(29);
    for (const route of ROUTES) {
      expect(route.methods.length, `${route.template} exports no handler the test can read`).toBeGreaterThan(0);
      expect(() => fill(route.template, { endpoint: "e", event: "v", hook: "h", delivery: "d", connection: "c", token: "t" }), route.template).not.toThrow();
    }
  });
});

describe("B's token on A's rows", () => {
  const owned = ROUTES.filter((r) => !PUBLIC.has(r.template) && !PROVIDER_ID.has(r.template) && /\[[a-zA-Z]+\]/.test(r.template));

  it("answers 404 in the error shape on every route and method with an id, and changes none of A's rows", async () => {
    expect(owned.length).toBeGreaterThanOrEqual(15);
    const before = await snapshotOf(a.userId);
    const answered: string[] = [];
    for (const route of owned) {
      for (const method of route.methods) {
        const url = fill(route.template, a.ids);
        const result = await send(method, url, `Bearer ${bToken}`, route.template);
        if (result.status !== 404) figures.add("cross-tenant");
        answered.push(`${method} ${route.template} → ${result.status}`);
        expect(result.status, `${method} ${url}: ${result.text}`).toBe(404);
        if (method !== "HEAD") expectErrorShape(result.text, `${method} ${url}`);
        // A's id and an id nobody has must answer alike: the 404 tells B nothing.
        const unknown = await send(
          method,
          fill(route.template, { endpoint: randomUUID(), event: randomUUID(), hook: randomUUID(), delivery: randomUUID(), connection: randomUUID(), token: randomUUID() }),
          `Bearer ${bToken}`,
          route.template,
        );
        expect(unknown.status, `${method} ${route.template} with unknown ids`).toBe(result.status);
      }
    }
    // Work B might have queued (a replay, a test send, a retry) would show up after a moment.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await snapshotOf(a.userId)).toEqual(before);
    expect(answered.length).toBeGreaterThan(0);
    notes.push(`${answered.length} requests by B on A's ids over ${owned.length} routes; A's rows unchanged`);
  });

  it("lists none of A's ids on the routes without an id", async () => {
    const lists = ROUTES.filter((r) => !PUBLIC.has(r.template) && !STREAMS.has(r.template) && !/\[/.test(r.template) && r.methods.includes("GET"));
    expect(lists.length).toBeGreaterThanOrEqual(5);
    for (const route of lists) {
      const result = await send("GET", route.template, `Bearer ${bToken}`, route.template);
      expect(result.status, `GET ${route.template}: ${result.text}`).toBe(200);
      for (const [kind, id] of Object.entries(a.ids)) {
        if (result.text.includes(id)) figures.add("cross-tenant");
        expect(result.text.includes(id), `GET ${route.template} shows A's ${kind} ${id} to B`).toBe(false);
      }
    }
  });
});

describe("revoked and malformed tokens", () => {
  const authenticated = ROUTES.filter((r) => !PUBLIC.has(r.template));
  const malformed = ["Bearer hk_" + "0".repeat(40), "Bearer not-a-token", "Bearer " + "x".repeat(5000), "Bearer", "Bearer a b", "Basic YTpi", "bearer\t' OR 1=1 --"];

  it.each([["revoked", () => `Bearer ${revokedToken}`] as const, ...malformed.map((value) => [value.slice(0, 24), () => value] as const)])(
    "%s: 401 in the error shape on every authenticated route and method",
    async (_label, authorization) => {
      for (const route of authenticated) {
        for (const method of route.methods) {
          const url = fill(route.template, a.ids);
          const result = await send(method, url, authorization(), route.template);
          expect(result.status, `${method} ${url}: ${result.text}`).toBe(401);
          if (method !== "HEAD") expectErrorShape(result.text, `${method} ${url}`);
        }
      }
    },
  );
});
