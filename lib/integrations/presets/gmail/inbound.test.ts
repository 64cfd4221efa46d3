import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, Verdict, VerifyContext } from "../../../inbound/types";
import type { TriggerDefinition } from "../../types";
import { GMAIL_TRIGGERS } from "./events";
import { gmailInbound as spec } from "./inbound";
import newEmail from "./fixtures/new-email.json";

/** This preset's verify is synchronous. */
const verify = (ctx: VerifyContext) => spec.verify(ctx) as Verdict;

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/gmail/ep_123";
// Hookyard generates the push token (randomToken(32)); neither Google nor Pub/Sub publishes one.
const SECRET = "Zk3q8VtY1mN0pR5sW7xA2cE4gH6jL9oQbDfUiKyTzMw";
const NOW = 1_614_367_000_000;

function request(body: string, token: string | null = SECRET): InboundRequest {
  const url = new URL(WEBHOOK_URL);
  if (token !== null) url.searchParams.set("token", token);
  return { method: "POST", url, headers: new Headers({ "content-type": "application/json" }), rawBody: Buffer.from(body) };
}

function context(req: InboundRequest, secret: string | null = SECRET): VerifyContext {
  return { request: req, secret: secret ?? undefined, config: {}, webhookUrl: WEBHOOK_URL, now: NOW };
}

describe("Gmail inbound (Cloud Pub/Sub push)", () => {
  // The push body of Google's Gmail guide, "Receiving notifications"
  // (https://developers.google.com/workspace/gmail/api/guides/push): the guide's data, messageId,
  // publishTime and subscription, written as JSON (the guide's copy carries comments). Its data
  // decodes to {"emailAddress": "user@example.com", "historyId": "1234567890"}.
  const published = JSON.stringify({
    message: {
      data: "eyJlbWFpbEFkZHJlc3MiOiAidXNlckBleGFtcGxlLmNvbSIsICJoaXN0b3J5SWQiOiAiMTIzNDU2Nzg5MCJ9",
      messageId: "2070443601311540",
      publishTime: "2021-02-26T19:13:55.749Z",
    },
    subscription: "projects/myproject/subscriptions/mysubscription",
  });

  it("verifies and reads the guide's published push body", () => {
    const req = request(published);
    expect(verify(context(req))).toEqual({ ok: true });
    const event = spec.parse(req);
    expect(GMAIL_TRIGGERS[0].schema.safeParse(event).success).toBe(true);
    expect(spec.eventType(event, req)).toBeNull();
    expect(spec.deliveryId(event, req)).toBe("2070443601311540");
    expect(spec.trigger(event, null)).toBe("gmail_trigger_new_email");
    expect(spec.identify(event)).toBe("user@example.com");
    expect(spec.process(event)).toEqual([{ text: "Gmail mailbox user@example.com changed (history id 1234567890)", sourceUrl: "https://mail.google.com/mail/u/?authuser=user%40example.com" }]);
  });

  const expected: Record<string, { messageId: string; historyId: number }> = {
    gmail_trigger_new_email: { messageId: "2070443601311540", historyId: 4827351 },
    gmail_trigger_label_added: { messageId: "2070443601311997", historyId: 4827402 },
  };

  it.each(GMAIL_TRIGGERS.map((t) => [t.value, t] as const))("%s: the fixture verifies, parses and maps", (value, def) => {
    const req = request(JSON.stringify(def.sample, null, 2));
    expect(verify(context(req))).toEqual({ ok: true });
    expect(spec.handshake).toBeUndefined();
    const event = spec.parse(req);
    expect(event).toEqual(def.sample);
    expect(def.schema.safeParse(event).success).toBe(true);
    expect(spec.deliveryId(event, req)).toBe(expected[value].messageId);
    // A push never says what changed (users.history.list does): every push is filed as new_email.
    expect(spec.trigger(event, null)).toBe("gmail_trigger_new_email");
    expect(spec.identify(event)).toBe("jane.doe@example.com");
    expect(spec.process(event)).toEqual([
      { text: `Gmail mailbox jane.doe@example.com changed (history id ${expected[value].historyId})`, sourceUrl: "https://mail.google.com/mail/u/?authuser=jane.doe%40example.com" },
    ]);
  });

  it("rejects a tampered token, a wrong secret, a missing token and a missing secret", () => {
    const body = JSON.stringify(newEmail);
    const flipped = SECRET.slice(0, 10) + String.fromCharCode(SECRET.charCodeAt(10) ^ 0x01) + SECRET.slice(11);
    expect(verify(context(request(body, flipped))).ok).toBe(false);
    expect(verify(context(request(body), "another-push-token")).ok).toBe(false);
    expect(verify(context(request(body, null))).ok).toBe(false);
    expect(verify(context(request(body), null))).toEqual({ ok: false, reason: "no signing secret is configured for this endpoint" });
  });

  // The URL token authenticates the sender, not the bytes: Pub/Sub push has no body signature in
  // this mode, and no freshness window (publishTime is old on every redelivery, for up to 7 days).
  it("checks the token only, as the scheme defines", () => {
    const tampered = Buffer.from(JSON.stringify(newEmail));
    tampered[tampered.indexOf("2070")] ^= 0x01;
    expect(verify(context({ ...request(""), rawBody: tampered }))).toEqual({ ok: true });
  });

  it("reads base64url data and tolerates undecodable data", () => {
    const data = Buffer.from(JSON.stringify({ emailAddress: "a.b@example.com", historyId: 9 })).toString("base64url");
    expect(spec.identify({ message: { data, messageId: "1", publishTime: "2021-02-26T19:13:55.749Z" }, subscription: "projects/p/subscriptions/s" })).toBe("a.b@example.com");
    const broken = { message: { data: "not base64 json", messageId: "2" }, subscription: "projects/p/subscriptions/s" };
    expect(spec.identify(broken)).toBeNull();
    expect(spec.process(broken)).toEqual([]);
    expect(spec.deliveryId({ message: { message_id: "77" } }, request(""))).toBe("77");
  });
});

// testRequest (POST /api/integration-webhooks/{id}/test): the push Pub/Sub would deliver for each
// trigger's sample, to the endpoint URL with ?token=<secret>.
describe("Gmail testRequest", () => {
  const build = (def: TriggerDefinition, secret = SECRET) => spec.testRequest!({ sample: def.sample, trigger: def.value, secret, config: {}, webhookUrl: WEBHOOK_URL, now: NOW });
  const toRequest = (t: TestRequest): InboundRequest => ({ method: t.method, url: new URL(WEBHOOK_URL + (t.query ?? "")), headers: new Headers(t.headers), rawBody: Buffer.from(t.body) });

  it.each(GMAIL_TRIGGERS.map((t) => [t.value, t] as const))("%s: verifies through the URL token, parses and maps", (value, def) => {
    const test = build(def);
    const req = toRequest(test);
    expect(req.url.searchParams.get("token")).toBe(SECRET);
    expect(spec.contentTypes).toContain(test.headers["content-type"]);
    expect(verify(context(req))).toEqual({ ok: true });
    expect(verify(context(req, "another-push-token")).ok).toBe(false);
    const events = spec.split ? spec.split(spec.parse(req)) : [spec.parse(req)];
    expect(events).toHaveLength(1);
    const sample = def.sample as typeof newEmail;
    for (const event of events) {
      // A push never names the change: label_added is filed as new_email, as every real push is.
      expect(spec.trigger(event, spec.eventType(event, req))).toBe(value === "gmail_trigger_label_added" ? "gmail_trigger_new_email" : value);
      expect(def.schema.safeParse(event).success).toBe(true);
      expect(event).toMatchObject({ message: { data: sample.message.data, publishTime: new Date(NOW).toISOString() }, subscription: sample.subscription });
      expect(spec.identify(event)).toBe("jane.doe@example.com");
    }
    // A fresh Pub/Sub messageId per test, so a second test is not a redelivery.
    const first = spec.deliveryId(events[0], req);
    const again = toRequest(build(def));
    expect(first).toMatch(/^\d{16}$/);
    expect(first).not.toBe(sample.message.messageId);
    expect(spec.deliveryId(spec.parse(again), again)).not.toBe(first);
  });

  it("URL-encodes a token with reserved characters", () => {
    const secret = "a+b/c=d&e f";
    const req = toRequest(build(GMAIL_TRIGGERS[0], secret));
    expect(verify(context(req, secret))).toEqual({ ok: true });
  });
});
