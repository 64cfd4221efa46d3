import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, VerifyContext } from "../../../inbound/types";
import { LINKEDIN_TRIGGERS } from "./events";
import { linkedinInbound as spec } from "./inbound";
import { linkedin } from "./preset";

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/linkedin/ep_123";
const CLIENT_SECRET = "WPL_AP1.kq7Xz2mR9tLw4VbN.c2VjcmV0==";

function request(init: { method?: string; query?: string; headers?: Record<string, string>; body?: Buffer }): InboundRequest {
  return { method: init.method ?? "POST", url: new URL(WEBHOOK_URL + (init.query ?? "")), headers: new Headers(init.headers), rawBody: init.body ?? Buffer.alloc(0) };
}
/** ctx(req) uses CLIENT_SECRET; ctx(req, undefined) has no secret configured. */
function ctx(req: InboundRequest, ...secret: [] | [string | undefined]): VerifyContext {
  return { request: req, secret: secret.length ? secret[0] : CLIENT_SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: Date.UTC(2024, 7, 23) };
}
// LinkedIn publishes no secret next to its examples, so the tests sign with node:crypto:
// X-LI-Signature = hex HMAC-SHA256(client secret, "hmacsha256=" + raw body).
const sign = (secret: string, body: Buffer) => createHmac("sha256", secret).update("hmacsha256=").update(body).digest("hex");
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url));
const signed = (body: Buffer, secret = CLIENT_SECRET) => request({ headers: { "content-type": "application/json", "x-li-signature": sign(secret, body) }, body });

describe("linkedin inbound: challengeCode validation", () => {
  it("answers the documented GET with 200 JSON {challengeCode, challengeResponse}", () => {
    // The challengeCode is the one in LinkedIn's example; its example challengeResponse
    // (27b1d196…) was made with a client secret LinkedIn does not publish, so the expected
    // response here is computed with node:crypto.
    // https://learn.microsoft.com/en-us/linkedin/shared/api-guide/webhook-validation#validating-the-webhook-endpoint
    const code = "890e4665-4dfe-4ab1-b689-ed553bceeed0";
    const answer = spec.handshake!.answer(ctx(request({ method: "GET", query: `?challengeCode=${code}` })));
    expect(spec.handshake!.signed).toBe(false);
    expect(answer).toEqual({
      status: 200,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ challengeCode: code, challengeResponse: createHmac("sha256", CLIENT_SECRET).update(code).digest("hex") }),
    });
    expect(JSON.parse(answer!.body!).challengeResponse).toMatch(/^[0-9a-f]{64}$/);
  });

  it("also answers with an applicationId, refuses without a secret, and ignores other requests", () => {
    const code = "890e4665-4dfe-4ab1-b689-ed553bceeed0";
    expect(spec.handshake!.answer(ctx(request({ method: "GET", query: `?challengeCode=${code}&applicationId=78xyz` })))?.status).toBe(200);
    expect(spec.handshake!.answer(ctx(request({ method: "GET", query: `?challengeCode=${code}` }), undefined))?.status).toBe(403);
    expect(spec.handshake!.answer(ctx(request({ method: "GET" })))).toBeUndefined();
    expect(spec.handshake!.answer(ctx(signed(fixture("comment"))))).toBeUndefined();
  });
});

describe("linkedin inbound: signature", () => {
  const body = fixture("comment");

  it("verifies hmacsha256= + raw body and refuses tampering, a wrong secret, no secret, a missing header", () => {
    expect(spec.verify(ctx(signed(body)))).toEqual({ ok: true });
    const tampered = Buffer.from(body);
    tampered[tampered.indexOf("Toronto role")] ^= 0x20;
    expect(spec.verify(ctx(request({ headers: { "x-li-signature": sign(CLIENT_SECRET, body) }, body: tampered })))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(signed(body, "another-client-secret")))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(signed(body), undefined))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(request({ body })))).toMatchObject({ ok: false });
  });

  it("refuses an HMAC of the body alone (the prefix is part of what is signed)", () => {
    const bodyOnly = createHmac("sha256", CLIENT_SECRET).update(body).digest("hex");
    expect(spec.verify(ctx(request({ headers: { "x-li-signature": bodyOnly }, body })))).toMatchObject({ ok: false });
  });

  it("is wired into the preset and takes JSON only", () => {
    expect(linkedin.inbound).toBe(spec);
    expect(spec.contentTypes).toEqual(["application/json"]);
  });
});

describe("linkedin inbound: fixtures", () => {
  const cases = [
    {
      name: "comment",
      trigger: "linkedin_trigger_comment",
      eventType: "COMMENT",
      deliveryId: "1283740198",
      text: "New comment on organization 2414183's post “We're hiring platform engineers in Dublin and Toronto.”: “Is the Toronto role open to remote candidates?”",
      sourceUrl: "https://www.linkedin.com/feed/update/urn:li:share:7232419032845660160/",
    },
    {
      name: "like",
      trigger: "linkedin_trigger_like",
      eventType: "LIKE",
      deliveryId: "1283740533",
      text: "New like reaction on organization 2414183's post",
      sourceUrl: "https://www.linkedin.com/feed/update/urn:li:share:7232419032845660160/",
    },
    {
      name: "share",
      trigger: "linkedin_trigger_share",
      eventType: "SHARE",
      deliveryId: "1283741207",
      text: "Someone reshared organization 2414183's post: “Great team, worth a look if you're job hunting.”",
      sourceUrl: "https://www.linkedin.com/feed/update/urn:li:share:7232610054128115712/",
    },
    {
      name: "share-mention",
      trigger: "linkedin_trigger_mention",
      eventType: "SHARE_MENTION",
      deliveryId: "1283742650",
      text: "Someone mentioned organization 2414183 in a post: “Thanks to Example Corp for hosting last night's meetup!”",
      sourceUrl: "https://www.linkedin.com/feed/update/urn:li:share:7232705519962292224/",
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
      expect(LINKEDIN_TRIGGERS.find((t) => t.value === c.trigger)!.schema.safeParse(event).success).toBe(true);
      expect(spec.identify(event)).toBe("urn:li:organization:2414183");
      expect(spec.process(event)).toEqual([{ text: c.text, sourceUrl: c.sourceUrl }]);
    });
  }

  it("splits a mixed batch into one event per notification, each with its own trigger and id", () => {
    const batch = {
      type: "ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS",
      notifications: ["comment", "like", "share"].map((name) => JSON.parse(fixture(name).toString("utf8")).notifications[0]),
    };
    const events = spec.split!(batch);
    expect(events.map((e) => [spec.trigger(e, spec.eventType(e, request({}))), spec.deliveryId(e, request({}))])).toEqual([
      ["linkedin_trigger_comment", "1283740198"],
      ["linkedin_trigger_like", "1283740533"],
      ["linkedin_trigger_share", "1283741207"],
    ]);
    const deleted = { ...batch, notifications: [{ ...batch.notifications[0], action: "COMMENT_DELETE" }] };
    expect(spec.trigger(deleted, spec.eventType(deleted, request({})))).toBeUndefined();
  });
});

describe("linkedin inbound: testRequest", () => {
  const TEST_NOW = Date.UTC(2024, 7, 23);
  const testCtx = (req: InboundRequest, secret: string | undefined = CLIENT_SECRET): VerifyContext => ({ request: req, secret, config: {}, webhookUrl: WEBHOOK_URL, now: TEST_NOW });
  const build = (t: (typeof linkedin.triggers)[number]) => spec.testRequest!({ sample: t.sample, trigger: t.value, secret: CLIENT_SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: TEST_NOW });
  const asRequest = (test: TestRequest): InboundRequest => ({
    method: test.method,
    url: new URL(WEBHOOK_URL + (test.query ?? "")),
    headers: new Headers(test.headers),
    rawBody: Buffer.from(test.body, "utf8"),
  });

  for (const t of linkedin.triggers) {
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
      // LinkedIn's dedupe key is notificationId inside the sample,
      // so two tests of the same sample share a delivery id (the second is a duplicate).
      const again = asRequest(build(t));
      const [first] = events;
      expect(spec.deliveryId(first, req)).not.toBeNull();
      expect(spec.deliveryId(spec.split!(spec.parse(again))[0], again)).toBe(spec.deliveryId(first, req));
    });
  }
});
