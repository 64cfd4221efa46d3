import { createHash, createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Verdict, VerifyContext } from "../../../inbound/types";
import { HUBSPOT_TRIGGERS } from "./events";
import { hubspotInbound, hubspotSignedUri } from "./inbound";

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/hubspot/ep_123";
const SECRET = "6b1c3e2a-hook-yard-test-client-secret";
const fixture = (name: string) => readFileSync(path.join(__dirname, "fixtures", name));

type Opts = { secret?: string; now?: number; url?: string; method?: string };
function ctx(body: Buffer | string, headers: Record<string, string>, opts: Opts = {}): VerifyContext {
  return {
    request: { method: opts.method ?? "POST", url: new URL(opts.url ?? WEBHOOK_URL), headers: new Headers(headers), rawBody: Buffer.isBuffer(body) ? body : Buffer.from(body) },
    secret: "secret" in opts ? opts.secret : SECRET,
    config: {},
    webhookUrl: WEBHOOK_URL,
    now: opts.now ?? Date.now(),
  };
}

/** hubspotInbound.verify is synchronous (no fetch); this fails loudly if it ever returns a promise. */
function verify(c: VerifyContext): Verdict {
  const verdict = hubspotInbound.verify(c);
  if (verdict instanceof Promise) throw new Error("expected a synchronous verdict");
  return verdict;
}

/** Signs like HubSpot v3, written out independently of the module: the URI is given already decoded. */
function sign(method: string, signedUri: string, body: Buffer | string, timestamp: string, secret = SECRET) {
  const digest = createHmac("sha256", secret).update(method).update(signedUri).update(body).update(timestamp).digest("base64");
  return { "X-HubSpot-Signature-v3": digest, "X-HubSpot-Request-Timestamp": timestamp, "Content-Type": "application/json" };
}

// HubSpot publishes fixed examples only for the v1/v2 signatures (no v3 example with a fixed
// timestamp exists in its docs or SDK tests), so every v3 signature here is made with node:crypto.
describe("hubspot inbound: HubSpot's documented batch body", () => {
  // The request body of the v1 example in HubSpot's "Validating requests" guide
  // (https://developers.hubspot.com/docs/api/webhooks/validating-requests), signed here with v3.
  const body =
    '[{"eventId":1,"subscriptionId":12345,"portalId":62515,"occurredAt":1564113600000,"subscriptionType":"contact.creation","attemptNumber":0,"objectId":123,"changeSource":"CRM","changeFlag":"NEW","appId":54321}]';
  const now = 1564113600000 + 2000;

  it("verifies, splits and reads it", () => {
    const headers = sign("POST", WEBHOOK_URL, body, String(1564113600000));
    const c = ctx(body, headers, { now });
    expect(verify(c)).toEqual({ ok: true });
    const [event] = hubspotInbound.split!(hubspotInbound.parse(c.request));
    expect(hubspotInbound.eventType(event, c.request)).toBe("contact.creation");
    expect(hubspotInbound.deliveryId(event, c.request)).toBe("1");
    expect(hubspotInbound.trigger(event, "contact.creation")).toBe("hubspot_trigger_contact_created");
    expect(hubspotInbound.identify(event)).toBe("62515");
  });
});

describe("hubspot inbound: the signed URI", () => {
  it("decodes only the escapes HubSpot lists and keeps the query", () => {
    const url = new URL(`${WEBHOOK_URL}?secret=a%3Ab%2Fc%3Fd%40e%21%24%27%28%29%2A%2C%3B&name=J%20Doe%26co`);
    expect(hubspotSignedUri(url)).toBe(`${WEBHOOK_URL}?secret=a:b/c?d@e!$'()*,;&name=J%20Doe%26co`);
  });

  it("verifies a request whose URL carries a query string", () => {
    const body = fixture("contact-creation.json");
    const url = `${WEBHOOK_URL}?source=hub%3Aspot`;
    const headers = sign("POST", `${WEBHOOK_URL}?source=hub:spot`, body, "1724424560000");
    expect(verify(ctx(body, headers, { url, now: 1724424561000 }))).toEqual({ ok: true });
    // Signed for the URL without its query: does not match.
    expect(verify(ctx(body, sign("POST", WEBHOOK_URL, body, "1724424560000"), { url, now: 1724424561000 })).ok).toBe(false);
  });
});

describe.each([
  ["contact-creation.json", ["Contact 123451 was created in HubSpot portal 62515"], ["https://app.hubspot.com/contacts/62515/record/0-1/123451"]],
  [
    "contact-property-change.json",
    ['Contact 123451: lifecyclestage changed to "marketingqualifiedlead" in HubSpot portal 62515', 'Contact 123452: lifecyclestage changed to "customer" in HubSpot portal 62515'],
    ["https://app.hubspot.com/contacts/62515/record/0-1/123451", "https://app.hubspot.com/contacts/62515/record/0-1/123452"],
  ],
  ["contact-deletion.json", ["Contact 123452 was deleted in HubSpot portal 62515"], ["https://app.hubspot.com/contacts/62515/objects/0-1/views/all/list"]],
  ["company-creation.json", ["Company 9876543210 was created in HubSpot portal 62515"], ["https://app.hubspot.com/contacts/62515/record/0-2/9876543210"]],
  ["deal-creation.json", ["Deal 14567890123 was created in HubSpot portal 62515"], ["https://app.hubspot.com/contacts/62515/record/0-3/14567890123"]],
  ["deal-property-change.json", ['Deal 14567890123: dealstage changed to "closedwon" in HubSpot portal 62515'], ["https://app.hubspot.com/contacts/62515/record/0-3/14567890123"]],
])("hubspot inbound: %s", (file, texts, urls) => {
  const body = fixture(file);
  const batch = JSON.parse(body.toString("utf8"));
  const timestamp = String(batch[0].occurredAt + 1500);
  const now = Number(timestamp) + 20_000;
  const headers = sign("POST", WEBHOOK_URL, body, timestamp);

  it("verifies a correctly signed request", () => {
    expect(verify(ctx(body, headers, { now }))).toEqual({ ok: true });
  });

  it("rejects a tampered byte, a wrong secret, no secret, a stale timestamp, another method and a missing header", () => {
    const tampered = Buffer.from(body);
    tampered[20] ^= 1;
    expect(verify(ctx(tampered, headers, { now })).ok).toBe(false);
    expect(verify(ctx(body, sign("POST", WEBHOOK_URL, body, timestamp, "wrong"), { now })).ok).toBe(false);
    expect(verify(ctx(body, headers, { now, secret: undefined })).ok).toBe(false);
    expect(verify(ctx(body, headers, { now: Number(timestamp) + 5 * 60_000 + 1 })).ok).toBe(false);
    expect(verify(ctx(body, headers, { now, method: "PUT" })).ok).toBe(false);
    expect(verify(ctx(body, { "X-HubSpot-Request-Timestamp": timestamp }, { now })).ok).toBe(false);
  });

  it("parses the batch, splits it and reads every event", () => {
    const request = ctx(body, headers).request;
    const payload = hubspotInbound.parse(request);
    expect(payload).toEqual(batch);
    const events = hubspotInbound.split!(payload);
    expect(events).toHaveLength(batch.length);
    events.forEach((event, i) => {
      const type = hubspotInbound.eventType(event, request);
      expect(type).toBe(batch[i].subscriptionType);
      expect(hubspotInbound.deliveryId(event, request)).toBe(String(batch[i].eventId));
      const value = hubspotInbound.trigger(event, type);
      const trigger = HUBSPOT_TRIGGERS.find((x) => x.value === value)!;
      expect(trigger.schema.safeParse(payload).success).toBe(true);
      // Each split event is a one-event batch, the shape the worker validates.
      expect(event).toEqual([batch[i]]);
      expect(trigger.schema.safeParse(event).success).toBe(true);
      expect(hubspotInbound.identify(event)).toBe("62515");
      expect(hubspotInbound.process(event)).toEqual([{ text: texts[i], sourceUrl: urls[i] }]);
    });
    expect(hubspotInbound.process(payload)).toEqual(texts.map((text, i) => ({ text, sourceUrl: urls[i] })));
  });
});

describe.each(HUBSPOT_TRIGGERS.map((t) => [t.value, t] as const))("hubspot inbound: testRequest for %s", (_value, trigger) => {
  const now = 1724424600_000;
  const build = (sample: unknown = trigger.sample) => hubspotInbound.testRequest!({ sample, trigger: trigger.value, secret: SECRET, config: {}, webhookUrl: WEBHOOK_URL, now });
  const asContext = (tr: ReturnType<typeof build>, opts: Opts = {}) => ctx(tr.body, tr.headers, { now, url: WEBHOOK_URL + (tr.query ?? ""), ...opts });

  it("sends the sample batch as HubSpot does, signed v3 (and v1), mapping every event back to the trigger", () => {
    const tr = build();
    expect(tr.method).toBe("POST");
    expect(hubspotInbound.contentTypes).toContain(tr.headers["content-type"].split(";")[0]);
    const c = asContext(tr);
    expect(verify(c)).toEqual({ ok: true });
    expect(verify(asContext(tr, { secret: "wrong" })).ok).toBe(false);
    expect(verify(asContext(tr, { now: now + 5 * 60_000 + 1 })).ok).toBe(false);
    // The legacy v1 hash HubSpot still sends: sha256(client secret + body), hex.
    expect(tr.headers["x-hubspot-signature"]).toBe(
      createHash("sha256")
        .update(SECRET + tr.body)
        .digest("hex"),
    );
    const payload = hubspotInbound.parse(c.request);
    expect(payload).toEqual((trigger.sample as object[]).map((event) => ({ ...event, eventId: expect.any(Number) })));
    const events = hubspotInbound.split!(payload);
    expect(events).toHaveLength((trigger.sample as unknown[]).length);
    for (const event of events) {
      expect(hubspotInbound.trigger(event, hubspotInbound.eventType(event, c.request))).toBe(trigger.value);
      expect(trigger.schema.safeParse(event).success).toBe(true);
    }
  });

  it("wraps a lone event in a one-event batch", () => {
    const [first] = trigger.sample as unknown[];
    const c = asContext(build(first));
    expect(verify(c)).toEqual({ ok: true });
    expect(hubspotInbound.parse(c.request)).toEqual([{ ...(first as object), eventId: expect.any(Number) }]);
  });

  it("gives every event a fresh eventId, HubSpot's dedupe id (it sends no delivery header)", () => {
    const [a, b] = [asContext(build()).request, asContext(build()).request];
    const ids = (request: typeof a) => hubspotInbound.split!(hubspotInbound.parse(request)).map((event) => hubspotInbound.deliveryId(event, request));
    const [idsA, idsB] = [ids(a), ids(b)];
    expect(idsA).toHaveLength((trigger.sample as unknown[]).length);
    expect(new Set([...idsA, ...idsB]).size).toBe(idsA.length * 2);
    for (const id of idsA) expect(id).toMatch(/^\d+$/);
  });
});
