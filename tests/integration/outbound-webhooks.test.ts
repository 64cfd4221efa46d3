// Outbound webhooks over real HTTP (DESIGN.md §3): the OpenWork API, deliveries to a
// real receiver on 127.0.0.1 verified with the standardwebhooks library and the
// OpenWork HMAC, the retry schedule, health, 410, rotation and manual retry.
import { createHmac } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pushSample from "@/lib/integrations/presets/github/fixtures/push.json";
import { githubDelivery } from "../support/github-request";
import { api, signIn, type Auth } from "../support/http";
import { startReceiver, type Receiver, type Received } from "../support/receiver";
import { createUser } from "../support/users";

const baseUrl = inject("baseUrl");
let auth: Auth;
let receiver: Receiver;

beforeAll(async () => {
  const user = await createUser("outbound@hookyard.test", "outbound-password-1");
  auth = { cookie: await signIn(baseUrl, user.email, user.password) };
  receiver = await startReceiver();
});

afterAll(async () => {
  await receiver?.close();
});

/** What a receiver following the OpenWork example does: HMAC of the re-serialized parsed body. */
function openWorkSignatureValid(request: Received, secret: string): boolean {
  const expected =
    "sha256=" +
    createHmac("sha256", secret)
      .update(JSON.stringify(JSON.parse(request.body)))
      .digest("hex");
  return request.headers["x-hook-signature"] === expected;
}

function standardWebhooksValid(request: Received, secret: string): boolean {
  try {
    new Webhook(secret).verify(request.body, request.headers as Record<string, string>);
    return true;
  } catch {
    return false;
  }
}

async function subscribe(name: string, eventTypes: string[], url = receiver.url) {
  const created = await api(baseUrl, "POST", "/api/hooks/webhooks", { auth, json: { name, url, eventTypes } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body as { id: string; secret: string };
}

async function deliveries(webhookId: string) {
  return (await api(baseUrl, "GET", `/api/hooks/webhooks/${webhookId}/deliveries`, { auth })).body.items;
}

describe("the OpenWork API", () => {
  it("creates a subscription with the secret shown once, lists, updates and deletes it", async () => {
    const created = await api(baseUrl, "POST", "/api/hooks/webhooks", { auth, json: { name: "CRM sync", url: "https://crm.example.com/hooks", eventTypes: ["message:received", "app:connected"] } });
    expect(created.status).toBe(201);
    expect(Object.keys(created.body).sort()).toEqual(["createdAt", "enabled", "eventTypes", "id", "name", "secret", "url"]);
    expect(created.body).toMatchObject({ name: "CRM sync", url: "https://crm.example.com/hooks", eventTypes: ["message:received", "app:connected"], enabled: true });
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);

    const got = await api(baseUrl, "GET", `/api/hooks/webhooks/${created.body.id}`, { auth });
    expect(got.body).toMatchObject({ id: created.body.id, health: "healthy", consecutiveFailures: 0 });
    expect(got.text).not.toContain(created.body.secret);
    expect((await api(baseUrl, "GET", "/api/hooks/webhooks", { auth })).text).not.toContain(created.body.secret);

    const patched = await api(baseUrl, "PATCH", `/api/hooks/webhooks/${created.body.id}`, { auth, json: { name: "CRM", eventTypes: ["*"], enabled: false } });
    expect(patched.body).toMatchObject({ name: "CRM", eventTypes: ["*"], enabled: false, health: "disabled" });
    expect((await api(baseUrl, "DELETE", `/api/hooks/webhooks/${created.body.id}`, { auth })).status).toBe(204);
    expect((await api(baseUrl, "GET", `/api/hooks/webhooks/${created.body.id}`, { auth })).status).toBe(404);
  });

  it("keeps a secret the caller chose, and validates every field", async () => {
    const own = await api(baseUrl, "POST", "/api/hooks/webhooks", { auth, json: { name: "own", url: "https://a.example.com", eventTypes: ["*"], secret: "my-own-secret-0123456789" } });
    expect(own.body.secret).toBe("my-own-secret-0123456789");
    await api(baseUrl, "DELETE", `/api/hooks/webhooks/${own.body.id}`, { auth });
    const badType = await api(baseUrl, "POST", "/api/hooks/webhooks", { auth, json: { name: "x", url: "https://a.example.com", eventTypes: ["message:exploded"] } });
    expect(badType.status).toBe(400);
    expect(badType.body.error.details[0].path).toEqual(["eventTypes", 0]);
    const noUrl = await api(baseUrl, "POST", "/api/hooks/webhooks", { auth, json: { name: "x", url: "not a url", eventTypes: ["*"] } });
    expect(noUrl.status).toBe(400);
    const ftp = await api(baseUrl, "POST", "/api/hooks/webhooks", { auth, json: { name: "x", url: "ftp://files.example.com/in", eventTypes: ["*"] } });
    expect(ftp.status).toBe(422);
    expect(ftp.body.error.message).toContain("https");
  });

  it("allows 10 subscriptions per user and answers 422 for the 11th", async () => {
    const other = await createUser("ten@hookyard.test", "ten-password-12");
    const tenAuth = { cookie: await signIn(baseUrl, other.email, other.password) };
    for (let i = 0; i < 10; i++)
      expect((await api(baseUrl, "POST", "/api/hooks/webhooks", { auth: tenAuth, json: { name: `n${i}`, url: "https://a.example.com", eventTypes: ["*"] } })).status).toBe(201);
    const eleventh = await api(baseUrl, "POST", "/api/hooks/webhooks", { auth: tenAuth, json: { name: "n10", url: "https://a.example.com", eventTypes: ["*"] } });
    expect(eleventh.status).toBe(422);
    expect(eleventh.body.error.code).toBe("unprocessable");
    const list = await api(baseUrl, "GET", "/api/hooks/webhooks", { auth });
    expect(list.body.every((w: { name: string }) => !/^n\d+$/.test(w.name))).toBe(true); // scoped to their owner
  });
});

describe("deliveries", () => {
  it("signs every delivery so that standardwebhooks and the OpenWork HMAC both verify it, and a changed secret fails both", async () => {
    const hook = await subscribe("verify", ["message:received"]);
    const before = receiver.received.length;
    const test = await api(baseUrl, "POST", `/api/hooks/webhooks/${hook.id}/test`, { auth });
    expect(test.status).toBe(202);
    await receiver.waitFor(before + 1);
    const request = receiver.received[before];
    expect(standardWebhooksValid(request, hook.secret)).toBe(true);
    expect(openWorkSignatureValid(request, hook.secret)).toBe(true);
    const other = "whsec_" + Buffer.alloc(32, 9).toString("base64");
    expect(standardWebhooksValid(request, other)).toBe(false);
    expect(openWorkSignatureValid(request, other)).toBe(false);

    const envelope = JSON.parse(request.body);
    expect(envelope).toEqual({
      event: { id: test.body.eventId, type: "app:health_check", timestamp: expect.any(String), userId: expect.any(String), source: "hookyard", payload: { test: true, message: expect.any(String) } },
      webhook: { id: hook.id, name: "verify" },
    });
    expect(request.body).toBe(JSON.stringify(envelope)); // compact: re-serializing gives the same bytes
    expect(request.headers["webhook-id"]).toBe(test.body.eventId);
    await expect.poll(async () => (await deliveries(hook.id))[0]?.status).toBe("succeeded");
    const [delivery] = await deliveries(hook.id);
    expect(delivery).toMatchObject({ attempts: 1, lastStatusCode: 200, attemptLog: [{ statusCode: 200, error: null, responseExcerpt: "ok" }] });
  });

  it("relays an inbound webhook as message:received to matching subscriptions only", async () => {
    const hook = await subscribe("relay", ["message:received"]);
    const unrelated = await subscribe("unrelated", ["app:connected"]);
    const endpoint = (await api(baseUrl, "POST", "/api/integration-webhooks", { auth, json: { provider_id: "github" } })).body;
    await api(baseUrl, "PATCH", `/api/integration-webhooks/${endpoint.id}`, { auth, json: { signing_secret: "relay-secret" } });
    const delivery = githubDelivery("relay-secret", "push", pushSample);
    expect((await fetch(endpoint.webhook_url, { method: "POST", body: delivery.body, headers: delivery.headers })).status).toBe(202);
    await expect.poll(async () => (await deliveries(hook.id)).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
    await expect.poll(async () => (await deliveries(hook.id))[0].status, { timeout: 30_000 }).toBe("succeeded");
    const received = receiver.received.find((r) => JSON.parse(r.body).webhook.id === hook.id)!;
    const { event } = JSON.parse(received.body);
    expect(event).toMatchObject({
      type: "message:received",
      source: "github",
      payload: { provider: "github", trigger: "github_trigger_push", eventType: "push", endpointId: endpoint.id, data: { ref: "refs/heads/main" } },
    });
    expect(event.payload.activities[0].text.length).toBeGreaterThan(5);
    expect(await deliveries(unrelated.id)).toEqual([]);
  });

  it("retries on the schedule, fails after the last attempt, turns health failing and warns the other subscriptions; a manual retry recovers", async () => {
    const failing = await subscribe("flaky", ["app:health_check"], receiver.url.replace("/hooks", "/flaky"));
    const watcher = await subscribe("watcher", ["app:health_warning", "app:health_cleared"]);
    receiver.respondWith((request) => (request.body.includes(`"id":"${failing.id}"`) ? 500 : 200));
    await api(baseUrl, "POST", `/api/hooks/webhooks/${failing.id}/test`, { auth });
    await expect.poll(async () => (await deliveries(failing.id))[0]?.status, { timeout: 30_000 }).toBe("failed");
    const [delivery] = await deliveries(failing.id);
    expect(delivery.attempts).toBe(5);
    const times = delivery.attemptLog.map((a: { attemptedAt: string }) => Date.parse(a.attemptedAt));
    const gaps = times.slice(1).map((t: number, i: number) => t - times[i]);
    [50, 100, 200, 400].forEach((min, i) => expect(gaps[i]).toBeGreaterThanOrEqual(min));
    expect(delivery.attemptLog.every((a: { statusCode: number }) => a.statusCode === 500)).toBe(true);
    expect((await api(baseUrl, "GET", `/api/hooks/webhooks/${failing.id}`, { auth })).body).toMatchObject({ health: "failing", consecutiveFailures: 1 });
    await expect.poll(async () => (await deliveries(watcher.id)).map((d: { event: { type: string } }) => d.event.type), { timeout: 30_000 }).toContain("app:health_warning");

    receiver.respondWith(200);
    const retry = await api(baseUrl, "POST", `/api/hooks/webhooks/${failing.id}/deliveries/${delivery.id}/retry`, { auth });
    expect(retry.status).toBe(202);
    await expect.poll(async () => (await deliveries(failing.id))[0].status, { timeout: 30_000 }).toBe("succeeded");
    expect((await deliveries(failing.id))[0].attempts).toBe(6);
    expect((await api(baseUrl, "GET", `/api/hooks/webhooks/${failing.id}`, { auth })).body).toMatchObject({ health: "healthy", consecutiveFailures: 0 });
    await expect.poll(async () => (await deliveries(watcher.id)).map((d: { event: { type: string } }) => d.event.type), { timeout: 30_000 }).toContain("app:health_cleared");
    const again = await api(baseUrl, "POST", `/api/hooks/webhooks/${failing.id}/deliveries/${delivery.id}/retry`, { auth });
    expect(again.status).toBe(202); // a succeeded delivery may be sent again by hand
  });

  it("stops at once on 410 Gone and disables the subscription", async () => {
    const gone = await subscribe("gone", ["app:health_check"], receiver.url.replace("/hooks", "/gone"));
    receiver.respondWith((request) => (request.body.includes(`"id":"${gone.id}"`) ? 410 : 200));
    await api(baseUrl, "POST", `/api/hooks/webhooks/${gone.id}/test`, { auth });
    await expect.poll(async () => (await deliveries(gone.id))[0]?.status, { timeout: 30_000 }).toBe("failed");
    expect((await deliveries(gone.id))[0]).toMatchObject({ attempts: 1, lastStatusCode: 410 });
    expect((await api(baseUrl, "GET", `/api/hooks/webhooks/${gone.id}`, { auth })).body).toMatchObject({ enabled: false, health: "disabled" });
    receiver.respondWith(200);
  });

  it("signs with both the old and the new secret after a rotation", async () => {
    const hook = await subscribe("rotating", ["message:received"]);
    const rotated = await api(baseUrl, "POST", `/api/hooks/webhooks/${hook.id}/rotate-secret`, { auth });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(hook.secret);
    const before = receiver.received.length;
    await api(baseUrl, "POST", `/api/hooks/webhooks/${hook.id}/test`, { auth });
    await receiver.waitFor(before + 1);
    const request = receiver.received.slice(before).find((r) => JSON.parse(r.body).webhook.id === hook.id)!;
    expect(String(request.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    expect(standardWebhooksValid(request, rotated.body.secret)).toBe(true);
    expect(standardWebhooksValid(request, hook.secret)).toBe(true);
    expect(openWorkSignatureValid(request, rotated.body.secret)).toBe(true);
  });

  it("answers 404 for another user's subscription, whatever the route", async () => {
    const hook = await subscribe("mine", ["message:received"]);
    const other = await createUser("nosy@hookyard.test", "nosy-password-1");
    const nosy = { cookie: await signIn(baseUrl, other.email, other.password) };
    for (const [method, path] of [
      ["GET", ""],
      ["PATCH", ""],
      ["DELETE", ""],
      ["POST", "/rotate-secret"],
      ["POST", "/test"],
      ["GET", "/deliveries"],
    ] as const) {
      expect((await api(baseUrl, method, `/api/hooks/webhooks/${hook.id}${path}`, { auth: nosy, json: method === "PATCH" ? { name: "x" } : undefined })).status).toBe(404);
    }
  });
});
