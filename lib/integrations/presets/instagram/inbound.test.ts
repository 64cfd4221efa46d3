import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, VerifyContext } from "../../../inbound/types";
import { INSTAGRAM_TRIGGERS } from "./events";
import { instagramInbound as spec } from "./inbound";
import { instagram } from "./preset";

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/instagram/ep_123";
const APP_SECRET = "9a8b7c6d5e4f30211203f4e5d6c7b8a9";
const VERIFY_TOKEN = "ig-verify-token-42";

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

describe("instagram inbound: verification request", () => {
  it("echoes hub.challenge as text/plain when the verify token matches, else 403", () => {
    const answer = (token: string) => spec.handshake!.answer(ctx(request({ method: "GET", query: `?hub.mode=subscribe&hub.challenge=802211&hub.verify_token=${token}` })));
    expect(spec.handshake!.signed).toBe(false);
    expect(answer(VERIFY_TOKEN)).toEqual({ status: 200, headers: { "content-type": "text/plain" }, body: "802211" });
    expect(answer("ig-verify-token-43")?.status).toBe(403);
    expect(spec.handshake!.answer(ctx(request({ method: "GET" })))).toBeUndefined();
  });
});

describe("instagram inbound: signature", () => {
  const body = fixture("comment-created");

  it("verifies the raw bytes and refuses tampering, a wrong secret, no secret and a missing header", () => {
    expect(spec.verify(ctx(signed(body)))).toEqual({ ok: true });
    const tampered = Buffer.from(body);
    tampered[tampered.indexOf("unreal")] ^= 0x20;
    expect(spec.verify(ctx(request({ headers: { "x-hub-signature-256": sign(APP_SECRET, body) }, body: tampered })))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(signed(body, "not-the-app-secret")))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(signed(body), undefined))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(request({ body })))).toMatchObject({ ok: false });
  });

  it("is wired into the preset", () => {
    expect(instagram.inbound).toBe(spec);
    expect(spec.contentTypes).toEqual(["application/json"]);
  });
});

describe("instagram inbound: fixtures", () => {
  const cases = [
    {
      name: "comment-created",
      trigger: "instagram_trigger_comment_created",
      eventType: "comments",
      deliveryId: "17841452018736490:comments:18064387219548213",
      text: "@jonas.keller.photo commented on your media: “The light in this shot is unreal. Which lens?”",
      sourceUrl: "https://www.instagram.com/jonas.keller.photo/",
    },
    {
      name: "mention",
      trigger: "instagram_trigger_mention",
      eventType: "mentions",
      deliveryId: "17841452018736490:mentions:18031574962260814",
      text: "Your account was @mentioned in comment 18031574962260814 on media 17993826410457382",
      sourceUrl: null,
    },
    {
      name: "story-insights",
      trigger: "instagram_trigger_story_insights",
      eventType: "story_insights",
      deliveryId: "17841452018736490:story_insights:18102938475610283",
      text: "Story 18102938475610283 reached 318 accounts (402 impressions, 2 replies)",
      sourceUrl: null,
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
      expect(INSTAGRAM_TRIGGERS.find((t) => t.value === c.trigger)!.schema.safeParse(event).success).toBe(true);
      expect(spec.identify(event)).toBe("17841452018736490");
      expect(spec.process(event)).toEqual([{ text: c.text, sourceUrl: c.sourceUrl }]);
    });
  }

  it("splits a batch of a comment and a mention into events that each validate", () => {
    const comment = JSON.parse(fixture("comment-created").toString("utf8"));
    const mention = JSON.parse(fixture("mention").toString("utf8"));
    const batch = { object: "instagram", entry: [{ ...comment.entry[0], changes: [comment.entry[0].changes[0], mention.entry[0].changes[0]] }] };
    const events = spec.split!(batch);
    expect(events.map((e) => spec.trigger(e, spec.eventType(e, request({}))))).toEqual(["instagram_trigger_comment_created", "instagram_trigger_mention"]);
    expect(INSTAGRAM_TRIGGERS[1].schema.safeParse(events[1]).success).toBe(true);
  });
});

describe("instagram inbound: testRequest", () => {
  const TEST_NOW = Date.UTC(2025, 2, 13);
  const testCtx = (req: InboundRequest, secret: string | undefined = APP_SECRET): VerifyContext => ({
    request: req,
    secret,
    config: { verify_token: VERIFY_TOKEN },
    webhookUrl: WEBHOOK_URL,
    now: TEST_NOW,
  });
  const build = (t: (typeof instagram.triggers)[number]) =>
    spec.testRequest!({ sample: t.sample, trigger: t.value, secret: APP_SECRET, config: { verify_token: VERIFY_TOKEN }, webhookUrl: WEBHOOK_URL, now: TEST_NOW });
  const asRequest = (test: TestRequest): InboundRequest => ({
    method: test.method,
    url: new URL(WEBHOOK_URL + (test.query ?? "")),
    headers: new Headers(test.headers),
    rawBody: Buffer.from(test.body, "utf8"),
  });

  for (const t of instagram.triggers) {
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
      // Meta sends no delivery id: deliveryId() reads the comment or media id inside the sample,
      // so two tests of the same sample share a delivery id (the second is a duplicate).
      const again = asRequest(build(t));
      const [first] = events;
      expect(spec.deliveryId(first, req)).not.toBeNull();
      expect(spec.deliveryId(spec.split!(spec.parse(again))[0], again)).toBe(spec.deliveryId(first, req));
    });
  }
});
