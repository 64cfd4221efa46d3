import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, VerifyContext } from "../../../inbound/types";
import { FACEBOOK_TRIGGERS } from "./events";
import { facebookInbound as spec } from "./inbound";
import { facebook } from "./preset";

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/facebook/ep_123";
const APP_SECRET = "3f1c0e9d8b7a6f5e4d3c2b1a09f8e7d6";
const VERIFY_TOKEN = "bakery-verify-2025";

function request(init: { method?: string; query?: string; headers?: Record<string, string>; body?: Buffer }): InboundRequest {
  return { method: init.method ?? "POST", url: new URL(WEBHOOK_URL + (init.query ?? "")), headers: new Headers(init.headers), rawBody: init.body ?? Buffer.alloc(0) };
}
/** ctx(req) uses APP_SECRET; ctx(req, undefined) has no secret configured. */
function ctx(req: InboundRequest, ...secret: [] | [string | undefined]): VerifyContext {
  return { request: req, secret: secret.length ? secret[0] : APP_SECRET, config: { verify_token: VERIFY_TOKEN }, webhookUrl: WEBHOOK_URL, now: Date.UTC(2025, 2, 13) };
}
// Meta publishes no signed example, so the tests sign the fixtures with node:crypto.
const sign = (secret: string, body: Buffer) => "sha256=" + createHmac("sha256", secret).update(body).digest("hex");
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url));
const signed = (body: Buffer, secret = APP_SECRET) => request({ headers: { "content-type": "application/json", "x-hub-signature-256": sign(secret, body) }, body });

describe("facebook inbound: verification request", () => {
  const handshake = (query: string, config: Record<string, unknown> = { verify_token: VERIFY_TOKEN }) => spec.handshake!.answer({ ...ctx(request({ method: "GET", query })), config });

  it("echoes hub.challenge as text/plain when the verify token matches", () => {
    expect(spec.handshake!.signed).toBe(false);
    expect(handshake(`?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=${VERIFY_TOKEN}`)).toEqual({
      status: 200,
      headers: { "content-type": "text/plain" },
      body: "1158201444",
    });
  });

  it("answers 403 for a wrong token, another mode, or no configured token", () => {
    expect(handshake("?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=guess")?.status).toBe(403);
    expect(handshake(`?hub.mode=unsubscribe&hub.challenge=1158201444&hub.verify_token=${VERIFY_TOKEN}`)?.status).toBe(403);
    expect(handshake(`?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=${VERIFY_TOKEN}`, {})?.status).toBe(403);
    expect(handshake(`?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}`)?.status).toBe(403);
  });

  it("leaves other requests alone", () => {
    expect(handshake("")).toBeUndefined();
    expect(spec.handshake!.answer(ctx(signed(fixture("post-created"))))).toBeUndefined();
  });
});

describe("facebook inbound: signature", () => {
  const body = fixture("comment-created");

  it("verifies the raw bytes and refuses tampering, a wrong secret, no secret and a bad header", () => {
    expect(spec.verify(ctx(signed(body)))).toEqual({ ok: true });
    const tampered = Buffer.from(body);
    tampered[tampered.indexOf("pre-order")] ^= 0x20;
    expect(spec.verify(ctx(request({ headers: { "x-hub-signature-256": sign(APP_SECRET, body) }, body: tampered })))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(signed(body, "0000000000000000000000000000000")))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(signed(body), undefined))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(request({ body })))).toMatchObject({ ok: false });
    const sha1 = "sha1=" + createHmac("sha1", APP_SECRET).update(body).digest("hex");
    expect(spec.verify(ctx(request({ headers: { "x-hub-signature-256": sha1 }, body })))).toMatchObject({ ok: false });
  });

  it("is wired into the preset and takes JSON only", () => {
    expect(facebook.inbound).toBe(spec);
    expect(spec.contentTypes).toEqual(["application/json"]);
  });
});

describe("facebook inbound: fixtures", () => {
  const cases = [
    {
      name: "post-created",
      trigger: "facebook_trigger_post_created",
      eventType: "feed.status.add",
      deliveryId: "104839275561032:feed:status:104839275561032_122154873402216784",
      text: "Harbor Street Bakery published a post on the Page: “Sourdough is back on Saturdays! Pre-orders open now.”",
      sourceUrl: "https://www.facebook.com/104839275561032/posts/122154873402216784",
    },
    {
      name: "comment-created",
      trigger: "facebook_trigger_comment_created",
      eventType: "feed.comment.add",
      deliveryId: "104839275561032:feed:comment:122154873402216784_1127465038913520",
      text: "Lena Fischer commented on a Page post: “Can I pre-order two loaves for pickup at 10?”",
      sourceUrl: "https://www.facebook.com/104839275561032/posts/122154873402216784?comment_id=1127465038913520",
    },
    {
      name: "lead-created",
      trigger: "facebook_trigger_lead_created",
      eventType: "leadgen",
      deliveryId: "leadgen:1295630481177264",
      text: "New lead 1295630481177264 from lead form 1187349562208843 on Page 104839275561032",
      sourceUrl: "https://www.facebook.com/104839275561032",
    },
  ];

  for (const c of cases) {
    it(`${c.name}: verifies, parses to the fixture and reads as ${c.trigger}`, () => {
      const body = fixture(c.name);
      const req = signed(body);
      expect(spec.verify(ctx(req))).toEqual({ ok: true });
      const payload = spec.parse(req);
      expect(payload).toEqual(JSON.parse(body.toString("utf8")));
      const events = spec.split!(payload);
      expect(events).toEqual([payload]);
      const event = events[0];
      const eventType = spec.eventType(event, req);
      expect(eventType).toBe(c.eventType);
      expect(spec.deliveryId(event, req)).toBe(c.deliveryId);
      expect(spec.trigger(event, eventType)).toBe(c.trigger);
      expect(FACEBOOK_TRIGGERS.find((t) => t.value === c.trigger)!.schema.safeParse(event).success).toBe(true);
      expect(spec.identify(event)).toBe("104839275561032");
      expect(spec.process(event)).toEqual([{ text: c.text, sourceUrl: c.sourceUrl }]);
    });
  }

  it("splits a batch mixing a post and a lead into two valid events", () => {
    const post = JSON.parse(fixture("post-created").toString("utf8"));
    const lead = JSON.parse(fixture("lead-created").toString("utf8"));
    const batch = { object: "page", entry: [post.entry[0], { ...lead.entry[0], changes: [...lead.entry[0].changes, post.entry[0].changes[0]] }] };
    const events = spec.split!(batch);
    expect(events.map((e) => spec.trigger(e, spec.eventType(e, request({}))))).toEqual(["facebook_trigger_post_created", "facebook_trigger_lead_created", "facebook_trigger_post_created"]);
    expect(FACEBOOK_TRIGGERS[2].schema.safeParse(events[1]).success).toBe(true);
  });

  it("ignores edits and removals", () => {
    const post = JSON.parse(fixture("post-created").toString("utf8"));
    post.entry[0].changes[0].value.verb = "edited";
    expect(spec.trigger(post, spec.eventType(post, request({})))).toBeUndefined();
    expect(spec.deliveryId(post, request({}))).toBeNull();
    expect(spec.process(post)).toEqual([]);
  });
});

describe("facebook inbound: testRequest", () => {
  const TEST_NOW = Date.UTC(2025, 2, 13);
  const testCtx = (req: InboundRequest, secret: string | undefined = APP_SECRET): VerifyContext => ({
    request: req,
    secret,
    config: { verify_token: VERIFY_TOKEN },
    webhookUrl: WEBHOOK_URL,
    now: TEST_NOW,
  });
  const build = (t: (typeof facebook.triggers)[number]) =>
    spec.testRequest!({ sample: t.sample, trigger: t.value, secret: APP_SECRET, config: { verify_token: VERIFY_TOKEN }, webhookUrl: WEBHOOK_URL, now: TEST_NOW });
  const asRequest = (test: TestRequest): InboundRequest => ({
    method: test.method,
    url: new URL(WEBHOOK_URL + (test.query ?? "")),
    headers: new Headers(test.headers),
    rawBody: Buffer.from(test.body, "utf8"),
  });

  for (const t of facebook.triggers) {
    it(`${t.value}: the signed sample verifies and reads back as that trigger`, () => {
      const test = build(t);
      const req = asRequest(test);
      expect(spec.contentTypes).toContain(req.headers.get("content-type"));
      expect(spec.verify(testCtx(req))).toEqual({ ok: true });
      expect(spec.verify(testCtx(req, "another-secret"))).toMatchObject({ ok: false });
      const payload = spec.parse(req);
      expect(payload).toEqual(t.sample);
      const events = spec.split ? spec.split(payload) : [payload];
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) {
        expect(spec.trigger(event, spec.eventType(event, req))).toBe(t.value);
        expect(t.schema.safeParse(event).success).toBe(true);
      }
      // Meta sends no delivery id: deliveryId() reads the post, comment or lead id inside the sample,
      // so two tests of the same sample share a delivery id (the second is a duplicate).
      const again = asRequest(build(t));
      const [first] = events;
      expect(spec.deliveryId(first, req)).not.toBeNull();
      expect(spec.deliveryId(spec.split!(spec.parse(again))[0], again)).toBe(spec.deliveryId(first, req));
    });
  }

  it("escapes non-ASCII as \\uXXXX like Meta, signs those bytes and sends the legacy SHA-1 header too", () => {
    const sample = structuredClone(facebook.triggers[0].sample) as { entry: { changes: { value: { message?: string } }[] }[] };
    sample.entry[0].changes[0].value.message = "Café ☕ 😀";
    const test = spec.testRequest!({ sample, trigger: facebook.triggers[0].value, secret: APP_SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: TEST_NOW });
    expect(test.body).toContain("Caf\\u00e9 \\u2615 \\ud83d\\ude00");
    expect(/[^\x00-\x7f]/.test(test.body)).toBe(false);
    const req = asRequest(test);
    expect(spec.verify(testCtx(req))).toEqual({ ok: true });
    expect(spec.parse(req)).toEqual(sample);
    expect(test.headers["x-hub-signature"]).toBe("sha1=" + createHmac("sha1", APP_SECRET).update(test.body).digest("hex"));
  });
});
