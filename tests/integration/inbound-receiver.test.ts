// The inbound receiver over real HTTP (DESIGN.md §1, §3): verify → store → 202 →
// the inline worker processes; rejections are recorded; duplicates, limits and
// disabled endpoints answer as specified; the history API shows all of it.
import { beforeAll, describe, expect, inject, it } from "vitest";
import pushSample from "@/lib/integrations/presets/github/fixtures/push.json";
import issuesSample from "@/lib/integrations/presets/github/fixtures/issues.json";
import { githubDelivery } from "../support/github-request";
import { api, signIn, type Auth } from "../support/http";
import { createUser } from "../support/users";

const baseUrl = inject("baseUrl");
const SECRET = "It's a Secret to Everybody";
let owner: Auth;
let endpoint: { id: string; webhook_url: string };

async function post(url: string, delivery: { body: string; headers: Record<string, string> }) {
  const response = await fetch(url, { method: "POST", body: delivery.body, headers: delivery.headers });
  return { status: response.status, body: await response.json().catch(() => undefined), headers: response.headers };
}

async function waitForEvent(eventId: string, until: (e: { status: string }) => boolean) {
  for (let i = 0; i < 600; i++) {
    const { body } = await api(baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}/events/${eventId}`, { auth: owner });
    if (body && until(body)) return body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`event ${eventId} did not settle`);
}

beforeAll(async () => {
  const user = await createUser("receiver@hookyard.test", "receiver-password-1");
  owner = { cookie: await signIn(baseUrl, user.email, user.password) };
  endpoint = (await api(baseUrl, "POST", "/api/integration-webhooks", { auth: owner, json: { provider_id: "github", trigger_types: ["github_trigger_push"] } })).body;
  await api(baseUrl, "PATCH", `/api/integration-webhooks/${endpoint.id}`, { auth: owner, json: { signing_secret: SECRET } });
});

describe("POST /api/webhooks/github/{endpointId}", () => {
  it("stores a correctly signed delivery, answers 202, and the worker turns it into an activity", async () => {
    const delivery = githubDelivery(SECRET, "push", pushSample);
    const response = await post(endpoint.webhook_url, delivery);
    expect(response.status).toBe(202);
    expect(response.body).toEqual({ received: true, id: expect.any(String) });

    const event = await waitForEvent(response.body.id, (e) => e.status !== "accepted");
    expect(event).toMatchObject({ status: "processed", event_type: "push", delivery_id: delivery.headers["x-github-delivery"], error: null });
    expect(event.body).toBe(delivery.body);
    expect(event.headers).toMatchObject({ "x-github-event": "push", "x-hub-signature-256": delivery.headers["x-hub-signature-256"] });
    expect(event.activities).toHaveLength(1);
    expect(event.activities[0].text.length).toBeGreaterThan(10);
    expect(event.activities[0].source_url).toMatch(/^https:\/\/github\.com\//);

    const row = (await api(baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}`, { auth: owner })).body;
    expect(row.trigger_count).toBeGreaterThanOrEqual(1);
    expect(row.last_triggered).not.toBeNull();
  });

  it("answers a repeated delivery id with 200 duplicate and stores nothing new", async () => {
    const delivery = githubDelivery(SECRET, "push", pushSample);
    const first = await post(endpoint.webhook_url, delivery);
    const second = await post(endpoint.webhook_url, delivery);
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ received: true, duplicate: true, id: first.body.id });
    const page = await api(baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}/events?limit=200`, { auth: owner });
    expect(page.body.items.filter((e: { delivery_id: string }) => e.delivery_id === delivery.headers["x-github-delivery"])).toHaveLength(1);
  });

  it("rejects a tampered body or a wrong secret with 401 and records why", async () => {
    for (const delivery of [githubDelivery(SECRET, "push", pushSample, { tamper: true }), githubDelivery("not the secret", "push", pushSample)]) {
      const response = await post(endpoint.webhook_url, delivery);
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe("invalid_signature");
      const event = await api(baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}/events/${response.body.id}`, { auth: owner });
      expect(event.body).toMatchObject({ status: "rejected", error: expect.any(String) });
    }
    const rejected = await api(baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}/events?status=rejected`, { auth: owner });
    expect(rejected.body.items.length).toBeGreaterThanOrEqual(2);
    expect(rejected.body.items.every((e: { status: string }) => e.status === "rejected")).toBe(true);
  });

  it("stores but ignores an event type the endpoint did not subscribe to", async () => {
    const response = await post(endpoint.webhook_url, githubDelivery(SECRET, "issues", issuesSample));
    expect(response.status).toBe(202);
    const event = await waitForEvent(response.body.id, (e) => e.status !== "accepted");
    expect(event.status).toBe("ignored");
    expect(event.activities).toEqual([]);
  });

  it("processes payloads that drift from the schema, counts the drift, and never turns the endpoint error for it", async () => {
    const before = (await api(baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}`, { auth: owner })).body;
    const broken = { ...pushSample, repository: { id: "not-a-number" } };
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await post(endpoint.webhook_url, githubDelivery(SECRET, "push", broken))).body.id);
    for (const id of ids) {
      const drifted = await waitForEvent(id, (e) => e.status !== "accepted");
      expect(drifted.status).toBe("processed");
      expect(drifted.error).toBeNull();
      expect(drifted.schema_drift.join("\n")).toContain("repository");
      expect(drifted.activities.length).toBeGreaterThan(0);
    }
    const row = (await api(baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}`, { auth: owner })).body;
    expect(row.status).toBe("active");
    expect(row.error_count).toBe(before.error_count);
  });

  it("answers 404 for an unknown endpoint or a provider that is not the endpoint's, 415 and 413 for bodies GitHub never sends", async () => {
    const delivery = githubDelivery(SECRET, "push", pushSample);
    expect((await post(`${baseUrl}/api/webhooks/github/nope`, delivery)).status).toBe(404);
    expect((await post(endpoint.webhook_url.replace("/github/", "/gitlab/"), delivery)).status).toBe(404);
    expect((await post(`${baseUrl}/api/webhooks/myspace/${endpoint.id}`, delivery)).status).toBe(404);
    const wrongType = await post(endpoint.webhook_url, { ...delivery, headers: { ...delivery.headers, "content-type": "text/plain" } });
    expect(wrongType.status).toBe(415);
    expect(wrongType.body.error.code).toBe("unsupported_media_type");
    const huge = githubDelivery(SECRET, "push", { ...pushSample, padding: "x".repeat(1024 * 1024) });
    const tooLarge = await post(endpoint.webhook_url, huge);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.code).toBe("payload_too_large");
  });

  it("answers 410 while the endpoint is disabled", async () => {
    await api(baseUrl, "PATCH", `/api/integration-webhooks/${endpoint.id}`, { auth: owner, json: { status: "inactive" } });
    try {
      const response = await post(endpoint.webhook_url, githubDelivery(SECRET, "push", pushSample));
      expect(response.status).toBe(410);
      expect(response.body.error.code).toBe("gone");
    } finally {
      await api(baseUrl, "PATCH", `/api/integration-webhooks/${endpoint.id}`, { auth: owner, json: { status: "active" } });
    }
  });
});

describe("execution history API", () => {
  it("pages with a cursor, newest first, without overlap", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=3&cursor=${cursor}` : "?limit=3";
      const page = await api(baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}/events${query}`, { auth: owner });
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.body.items.map((e: { id: string }) => e.id));
      cursor = page.body.next_cursor;
    } while (cursor);
    const all = await api(baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}/events?limit=200`, { auth: owner });
    expect(seen).toEqual(all.body.items.map((e: { id: string }) => e.id));
    expect(new Set(seen).size).toBe(seen.length);
    const times = all.body.items.map((e: { received_at: string }) => Date.parse(e.received_at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("replays a processed event without duplicating its activity, and refuses to replay a rejection", async () => {
    const { body } = await post(endpoint.webhook_url, githubDelivery(SECRET, "push", pushSample));
    await waitForEvent(body.id, (e) => e.status === "processed");
    const replay = await api(baseUrl, "POST", `/api/integration-webhooks/${endpoint.id}/events/${body.id}/replay`, { auth: owner });
    expect(replay.status).toBe(202);
    expect(replay.body).toMatchObject({ id: body.id, status: "accepted" });
    const again = await waitForEvent(body.id, (e) => e.status === "processed");
    expect(again.activities).toHaveLength(1);

    const rejected = await post(endpoint.webhook_url, githubDelivery("wrong", "push", pushSample));
    const refused = await api(baseUrl, "POST", `/api/integration-webhooks/${endpoint.id}/events/${rejected.body.id}/replay`, { auth: owner });
    expect(refused.status).toBe(409);
  });

  it("answers 400 for a bad cursor or limit and 404 for another user's endpoint or event", async () => {
    expect((await api(baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}/events?limit=0`, { auth: owner })).status).toBe(400);
    expect((await api(baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}/events?cursor=garbage`, { auth: owner })).status).toBe(400);
    const other = await createUser("snoop@hookyard.test", "snoop-password-1");
    const snoop = { cookie: await signIn(baseUrl, other.email, other.password) };
    const events = await api(baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}/events`, { auth: snoop });
    expect(events.status).toBe(404);
    const { body } = await api(baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}/events?limit=1`, { auth: owner });
    expect((await api(baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}/events/${body.items[0].id}`, { auth: snoop })).status).toBe(404);
  });
});
