// Bad input at the receiver: a clear status and a recorded reason, never a 500.
import { createHmac, randomUUID } from "node:crypto";
import http from "node:http";
import { beforeAll, describe, expect, inject, it } from "vitest";
import pushSample from "@/lib/integrations/presets/github/fixtures/push.json";
import { githubDelivery } from "../support/github-request";
import { api, signIn, type Auth } from "../support/http";
import { createUser } from "../support/users";

const baseUrl = inject("baseUrl");
const SECRET = "bad-input-secret";
let auth: Auth;
let endpoint: { id: string; webhook_url: string };

function signedRaw(body: string | Buffer, extra: Record<string, string> = {}) {
  return {
    "content-type": "application/json",
    "x-github-event": "push",
    "x-github-delivery": randomUUID(),
    "x-hub-signature-256": "sha256=" + createHmac("sha256", SECRET).update(body).digest("hex"),
    ...extra,
  };
}

async function event(id: string) {
  for (let i = 0; i < 600; i++) {
    const { body } = await api(baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}/events/${id}`, { auth });
    if (body.status !== "accepted") return body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("not processed");
}

beforeAll(async () => {
  const user = await createUser("bad-input@hookyard.test", "bad-input-password");
  auth = { cookie: await signIn(baseUrl, user.email, user.password) };
  endpoint = (await api(baseUrl, "POST", "/api/integration-webhooks", { auth, json: { provider_id: "github" } })).body;
  await api(baseUrl, "PATCH", `/api/integration-webhooks/${endpoint.id}`, { auth, json: { signing_secret: SECRET } });
});

describe("bad input at the receiver", () => {
  it("answers 400 for a correctly signed body that is not JSON, and records why", async () => {
    const body = '{"ref": "refs/heads/main", oops';
    const response = await fetch(endpoint.webhook_url, { method: "POST", body, headers: signedRaw(body) });
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("bad_request");
    const rejected = await api(baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}/events?status=rejected`, { auth });
    expect(rejected.body.items.some((e: { error: string }) => e.error.startsWith("the body could not be read"))).toBe(true);
  });

  it("processes a signed empty body from the fields present and records its schema drift", async () => {
    const response = await fetch(endpoint.webhook_url, { method: "POST", body: "", headers: signedRaw("") });
    expect(response.status).toBe(202);
    const stored = await event((await response.json()).id);
    expect(stored.status).toBe("processed");
    expect(stored.schema_drift.join("\n")).toContain("ref");
    expect(stored.activities).toHaveLength(1);
  });

  it("keeps unicode bodies byte for byte", async () => {
    const payload = { ...pushSample, commits: [{ ...pushSample.commits[0], message: "naïve café ☕ — 😀 日本語" }] };
    const delivery = githubDelivery(SECRET, "push", payload);
    const response = await fetch(endpoint.webhook_url, { method: "POST", body: delivery.body, headers: delivery.headers });
    expect(response.status).toBe(202);
    const stored = await event((await response.json()).id);
    expect(stored.status).toBe("processed");
    expect(stored.body).toBe(delivery.body);
    expect(stored.payload.commits[0].message).toBe("naïve café ☕ — 😀 日本語");
  });

  it("copes with very long header values", async () => {
    const delivery = githubDelivery(SECRET, "push", pushSample);
    const response = await fetch(endpoint.webhook_url, {
      method: "POST",
      body: delivery.body,
      headers: { ...delivery.headers, "x-github-event": "push" + "x".repeat(8000), "user-agent": "u".repeat(8000) },
    });
    expect(response.status).toBe(202);
    const stored = await event((await response.json()).id);
    expect(stored.status).toBe("processed"); // an event type newer than the catalog still reaches the user
    expect(stored.headers["user-agent"].length).toBeLessThanOrEqual(1000);
  });

  it("answers 413 for a chunked body that grows past the limit, without a content-length to go by", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(endpoint.webhook_url, { method: "POST", headers: signedRaw("x") }, (response) => {
        response.resume();
        resolve(response.statusCode!);
      });
      request.on("error", reject);
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      for (let i = 0; i < 20; i++) request.write(chunk); // 1.25 MiB, over the 1 MiB default
      request.end();
    });
    expect(status).toBe(413);
    const rejected = await api(baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}/events?status=rejected&limit=200`, { auth });
    expect(rejected.body.items.some((e: { error: string }) => e.error.includes("larger than"))).toBe(true);
  });

  it("answers 415 for content types GitHub never sends, and 405 for a GET", async () => {
    const body = JSON.stringify(pushSample);
    for (const type of ["text/xml", "multipart/form-data; boundary=x"]) {
      const response = await fetch(endpoint.webhook_url, { method: "POST", body, headers: signedRaw(body, { "content-type": type }) });
      expect(response.status).toBe(415);
    }
    const rejected = await api(baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}/events?status=rejected&limit=200`, { auth });
    expect(rejected.body.items.some((e: { error: string }) => e.error.includes("does not send text/xml"))).toBe(true);
    const get = await fetch(endpoint.webhook_url);
    expect(get.status).toBe(405);
    expect((await get.json()).error.code).toBe("method_not_allowed");
  });
});
