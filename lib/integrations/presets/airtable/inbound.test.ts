import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, Verdict, VerifyContext } from "../../../inbound/types";
import type { TriggerDefinition } from "../../types";
import { AIRTABLE_TRIGGERS } from "./events";
import { airtableInbound } from "./inbound";

// Airtable publishes no signed example (its docs show code only), so these tests sign the fixture
// themselves with node:crypto, keyed with the decoded bytes of a made-up macSecretBase64.
const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/airtable/ep_123";
const NOW = 1_724_423_105_663;
const MAC_SECRET_BASE64 = "q1c8Zb0H4y2W3k5n6P7r8T9v0X1z2B3d4F5h6J7l8N0=";

function request(body: string | Buffer, headers: Record<string, string>): InboundRequest {
  return { method: "POST", url: new URL(WEBHOOK_URL), headers: new Headers(headers), rawBody: Buffer.from(body) };
}

/** `secret: null` builds an endpoint with no macSecretBase64 configured. */
function context(req: InboundRequest, secret: string | null = MAC_SECRET_BASE64): VerifyContext {
  return { request: req, secret: secret ?? undefined, config: {}, webhookUrl: WEBHOOK_URL, now: Date.now() };
}

/** This scheme needs no fetch, so its verify() answers synchronously. */
function verify(ctx: VerifyContext): Verdict {
  const verdict = airtableInbound.verify(ctx);
  if (verdict instanceof Promise) throw new Error("expected a synchronous verdict");
  return verdict;
}

function mac(body: string, key: Buffer | string = Buffer.from(MAC_SECRET_BASE64, "base64")): string {
  return "hmac-sha256=" + createHmac("sha256", key).update(body).digest("hex");
}

describe("Airtable inbound", () => {
  const [def] = AIRTABLE_TRIGGERS;
  const body = JSON.stringify(def.sample);
  const signed = () => request(body, { "content-type": "application/json", "x-airtable-content-mac": mac(body) });

  it("verifies a signed notification, parses it and maps it to the trigger", () => {
    const req = signed();
    expect(verify(context(req))).toEqual({ ok: true });
    const event = airtableInbound.parse(req);
    expect(def.schema.safeParse(event).success).toBe(true);
    const type = airtableInbound.eventType(event, req);
    expect(type).toBe("notification");
    expect(airtableInbound.trigger(event, type)).toBe("airtable_trigger_base_changed");
    expect(airtableInbound.deliveryId(event, req)).toBeNull();
    expect(airtableInbound.identify(event)).toBe("appQ7wZ0pLk2mNb4R");
    expect(airtableInbound.handshake).toBeUndefined();
  });

  it("rejects a tampered body, a wrong secret and a missing secret", () => {
    const req = signed();
    const tampered = Buffer.from(body);
    tampered[12] ^= 1;
    expect(verify(context({ ...req, rawBody: tampered })).ok).toBe(false);
    expect(verify(context(req, Buffer.alloc(32, 7).toString("base64"))).ok).toBe(false);
    expect(verify(context(req, null)).ok).toBe(false);
  });

  it("keys the MAC with the decoded secret, not the base64 text", () => {
    const keyedWithText = request(body, { "x-airtable-content-mac": mac(body, MAC_SECRET_BASE64) });
    expect(verify(context(keyedWithText)).ok).toBe(false);
  });

  it("refuses a MAC without its hmac-sha256= prefix, or none", () => {
    expect(verify(context(request(body, { "x-airtable-content-mac": mac(body).slice("hmac-sha256=".length) }))).ok).toBe(false);
    expect(verify(context(request(body, {}))).ok).toBe(false);
  });

  it("turns the ping into an activity with a link to the base", () => {
    expect(airtableInbound.process(def.sample)).toEqual([{ text: "Airtable base appQ7wZ0pLk2mNb4R changed (webhook achV3xT8cYq1sGd6H)", sourceUrl: "https://airtable.com/appQ7wZ0pLk2mNb4R" }]);
  });
});

describe("Airtable testRequest", () => {
  // For every trigger: the request Hookyard's test button sends verifies with the endpoint's
  // macSecretBase64 and parses back to the trigger and its schema. Airtable sends no delivery id, so
  // the receiver dedupes on the body's hash: the body carries args.now as its timestamp, which makes
  // tests at different milliseconds distinct (two calls with the same `now` are the same body).
  const build = (def: TriggerDefinition, now = NOW) => airtableInbound.testRequest!({ sample: def.sample, trigger: def.value, secret: MAC_SECRET_BASE64, config: {}, webhookUrl: WEBHOOK_URL, now });
  const toRequest = (t: TestRequest): InboundRequest => ({
    method: t.method,
    url: new URL(WEBHOOK_URL + (t.query ?? "")),
    headers: new Headers(t.headers),
    rawBody: Buffer.from(t.body),
  });

  it.each(AIRTABLE_TRIGGERS.map((t) => [t.value, t] as const))("%s: verifies, parses back to the trigger, fresh body per millisecond", async (_value, def) => {
    const req = toRequest(build(def));
    expect(await airtableInbound.verify({ request: req, secret: MAC_SECRET_BASE64, config: {}, webhookUrl: WEBHOOK_URL, now: NOW })).toEqual({ ok: true });
    const payload = airtableInbound.parse(req);
    const parsed = airtableInbound.split ? airtableInbound.split(payload) : [payload];
    expect(parsed.length).toBeGreaterThan(0);
    for (const event of parsed) {
      expect(airtableInbound.trigger(event, airtableInbound.eventType(event, req))).toBe(def.value);
      expect(def.schema.safeParse(event).success).toBe(true);
    }
    expect((payload as { timestamp: string }).timestamp).toBe(new Date(NOW).toISOString());
    expect(airtableInbound.deliveryId(payload, req)).toBeNull();
    expect(build(def, NOW + 1).body).not.toBe(build(def, NOW).body);
  });
});
