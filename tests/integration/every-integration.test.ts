// For every integration, over real HTTP against the running app: each trigger's
// sample, signed as the provider signs it, is accepted (202) and processed into the
// activities its PROCESS step gives; a wrong secret is a 401; the same delivery
// again is a 200 duplicate with no second row. POST …/test goes the same way.
import { generateKeyPairSync, randomUUID, sign } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { listPresets } from "@/lib/integrations/registry";
import type { IntegrationPreset } from "@/lib/integrations/types";
import type { TestRequest } from "@/lib/inbound/types";
import { api, signIn, type Auth } from "../support/http";
import { createUser } from "../support/users";

const baseUrl = inject("baseUrl");
let auth: Auth;

beforeAll(async () => {
  const user = await createUser("every@hookyard.test", "every-password-1");
  auth = { cookie: await signIn(baseUrl, user.email, user.password) };
});

async function setUp(preset: IntegrationPreset, secretOverride?: string) {
  const created = await api(baseUrl, "POST", "/api/integration-webhooks", { auth, json: { provider_id: preset.id } });
  expect(created.status).toBe(201);
  let secret: string = created.body.signing_secret;
  if (secretOverride || !secret) {
    secret = secretOverride ?? Buffer.from(`hookyard-test-secret-for-${preset.id}`).toString("base64");
    expect((await api(baseUrl, "PATCH", `/api/integration-webhooks/${created.body.id}`, { auth, json: { signing_secret: secret } })).status).toBe(200);
  }
  return { id: created.body.id as string, url: created.body.webhook_url as string, secret };
}

async function send(url: string, request: Pick<TestRequest, "query" | "headers" | "body">) {
  const response = await fetch(url + (request.query ?? ""), { method: "POST", headers: request.headers, body: request.body });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

async function settled(endpointId: string, eventId: string) {
  for (let i = 0; i < 600; i++) {
    const { body } = await api(baseUrl, "GET", `/api/integration-webhooks/${endpointId}/events/${eventId}`, { auth });
    if (body.status !== "accepted") return body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`event ${eventId} was not processed`);
}

const withTestRequest = listPresets().filter((p) => p.inbound?.testRequest);

describe.each(withTestRequest.map((p) => [p.id, p] as const))("%s", (_id, preset) => {
  it("accepts and processes every trigger's signed sample, rejects a wrong secret, dedupes a repeat", async () => {
    const endpoint = await setUp(preset);
    let stored = 0;
    for (const trigger of preset.triggers) {
      const args = { sample: trigger.sample, trigger: trigger.value, config: {}, webhookUrl: endpoint.url, now: Date.now() };
      const request = preset.inbound.testRequest!({ ...args, secret: endpoint.secret });

      const first = await send(endpoint.url, request);
      expect(first.status, `${trigger.value}: ${JSON.stringify(first.body)}`).toBe(202);
      stored += first.body.ids?.length ?? 1; // a batch (HubSpot) stores one event per item
      const event = await settled(endpoint.id, first.body.id);
      expect(event.status, `${trigger.value}: ${event.error}`).toBe("processed");
      const expected = preset.inbound.process(event.payload);
      expect(event.activities.map((a: { text: string; source_url: string | null }) => ({ text: a.text, sourceUrl: a.source_url }))).toEqual(expected);

      const again = await send(endpoint.url, request);
      expect(again.body, trigger.value).toEqual({ received: true, duplicate: true, id: first.body.id });

      const forged = preset.inbound.testRequest!({ ...args, secret: `wrong-${endpoint.secret}` });
      const rejected = await send(endpoint.url, forged);
      expect(rejected.status, trigger.value).toBe(401);
    }
    const rows = await api(baseUrl, "GET", `/api/integration-webhooks/${endpoint.id}/events?status=processed&limit=200`, { auth });
    expect(rows.body.items).toHaveLength(stored);
  });

  it("POST /api/integration-webhooks/{id}/test sends the sample through the real receiver", async () => {
    const { body: endpoint } = await api(baseUrl, "GET", `/api/integration-webhooks/${preset.id}`, { auth });
    const trigger = preset.triggers.at(-1)!.value;
    const result = await api(baseUrl, "POST", `/api/integration-webhooks/${endpoint.id}/test`, { auth, json: { trigger_type: trigger } });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ trigger_type: trigger, receiver_status: 202, event: { id: expect.any(String), status: "accepted", provider_id: preset.id } });
    expect((await settled(endpoint.id, result.body.event.id)).status).toBe("processed");
  });
});

describe("discord (Ed25519: only Discord holds the private key)", () => {
  it("accepts an interaction signed with the key whose public half is configured, and rejects another key", async () => {
    const preset = listPresets().find((p) => p.id === "discord")!;
    const pair = generateKeyPairSync("ed25519");
    const publicHex = (pair.publicKey.export({ format: "der", type: "spki" }) as Buffer).subarray(-32).toString("hex");
    const endpoint = await setUp(preset, publicHex);
    const other = generateKeyPairSync("ed25519");
    const trigger = preset.triggers[0];
    const body = JSON.stringify({ ...(trigger.sample as object), id: randomUUID() });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signed = (key: typeof pair.privateKey) => ({
      headers: { "content-type": "application/json", "x-signature-timestamp": timestamp, "x-signature-ed25519": sign(null, Buffer.from(timestamp + body), key).toString("hex") },
      body,
    });
    const ok = await send(endpoint.url, signed(pair.privateKey));
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ type: expect.any(Number) }); // an interaction response, as Discord requires
    const forged = await send(endpoint.url, signed(other.privateKey));
    expect(forged.status).toBe(401);
    const test = await api(baseUrl, "POST", `/api/integration-webhooks/${endpoint.id}/test`, { auth, json: {} });
    expect(test.status).toBe(422);
    expect(test.body.error.message).toContain("Discord");
  });
});

describe("the catalog", () => {
  it("can send a signed test event for every integration but Discord and PayPal", () => {
    expect(
      listPresets()
        .filter((p) => !p.inbound?.testRequest)
        .map((p) => p.id)
        .sort(),
    ).toEqual(["discord", "paypal"]);
    expect(listPresets().every((p) => p.inbound)).toBe(true);
  });
});
