import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, VerifyContext } from "../../../inbound/types";
import { FATHOM_TRIGGERS } from "./events";
import { fathomInbound as spec } from "./inbound";
import { fathom } from "./preset";

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/fathom/ep_123";
const SECRET = "whsec_" + Buffer.from("fathom-test-key-of-32-bytes-long").toString("base64");
const ID = "msg_2x2zwLOcWaRTzsLK8KtbQt1FTk9"; // the webhook-id example in Fathom's payload reference
const T = 1744127300;

function request(headers: Record<string, string>, body: Buffer): InboundRequest {
  return { method: "POST", url: new URL(WEBHOOK_URL), headers: new Headers(headers), rawBody: body };
}
/** ctx(req) uses SECRET; ctx(req, undefined) has no secret configured. */
function ctx(req: InboundRequest, ...secret: [] | [string | undefined]): VerifyContext {
  return { request: req, secret: secret.length ? secret[0] : SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: T * 1000 + 1500 };
}
// Fathom's docs show a webhook-signature value but not the secret and body behind it, so the
// fixture is signed here with node:crypto, independently of the verifier.
function sign(secret: string, id: string, t: number, body: Buffer): string {
  const key = Buffer.from(secret.slice("whsec_".length), "base64");
  return "v1," + createHmac("sha256", key).update(`${id}.${t}.`).update(body).digest("base64");
}
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url));
const signed = (body: Buffer, opts: { secret?: string; t?: number; id?: string } = {}) =>
  request(
    { "content-type": "application/json", "webhook-id": opts.id ?? ID, "webhook-timestamp": String(opts.t ?? T), "webhook-signature": sign(opts.secret ?? SECRET, opts.id ?? ID, opts.t ?? T, body) },
    body,
  );

describe("fathom inbound: Standard Webhooks signature", () => {
  const body = fixture("new-meeting-content-ready");

  it("accepts the Standard Webhooks spec's published test vector", () => {
    // From the reference libraries' "sign function works" test:
    // https://github.com/standard-webhooks/standard-webhooks/blob/main/libraries/javascript/src/webhook.test.ts
    const vector = request(
      { "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek", "webhook-timestamp": "1614265330", "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=" },
      Buffer.from('{"test": 2432232314}'),
    );
    expect(spec.verify({ ...ctx(vector, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), now: 1614265330_000 })).toEqual({ ok: true });
  });

  it("verifies a signed fixture, also next to a rotated-out signature", () => {
    expect(spec.verify(ctx(signed(body)))).toEqual({ ok: true });
    const old = sign("whsec_" + Buffer.from("the previous fathom secret key!!").toString("base64"), ID, T, body);
    const req = signed(body);
    req.headers.set("webhook-signature", `${old} ${req.headers.get("webhook-signature")}`);
    expect(spec.verify(ctx(req))).toEqual({ ok: true });
  });

  it("refuses a tampered byte, a wrong secret, no secret and a stale timestamp", () => {
    const tampered = Buffer.from(body);
    tampered[tampered.indexOf("Acme onboarding")] ^= 0x20;
    const headers = Object.fromEntries(signed(body).headers);
    expect(spec.verify(ctx(request(headers, tampered)))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(signed(body, { secret: "whsec_" + Buffer.from("someone else's key, 32 bytes!!!").toString("base64") })))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(signed(body), undefined))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(signed(body, { t: T - 400 })))).toMatchObject({ ok: false });
  });

  it("is wired into the preset, has no handshake and takes JSON only", () => {
    expect(fathom.inbound).toBe(spec);
    expect(spec.handshake).toBeUndefined();
    expect(spec.contentTypes).toEqual(["application/json"]);
  });
});

describe("fathom inbound: new meeting content ready", () => {
  it("parses to the fixture and reads as the one trigger, with webhook-id as the delivery id", () => {
    const body = fixture("new-meeting-content-ready");
    const req = signed(body);
    expect(spec.verify(ctx(req))).toEqual({ ok: true });
    const event = spec.parse(req);
    expect(event).toEqual(JSON.parse(body.toString("utf8")));
    expect(spec.split).toBeUndefined();
    const eventType = spec.eventType(event, req);
    expect(eventType).toBe("new_meeting_content_ready");
    expect(spec.deliveryId(event, req)).toBe(ID);
    expect(spec.trigger(event, eventType)).toBe("fathom_trigger_new_meeting_content_ready");
    expect(FATHOM_TRIGGERS[0].schema.safeParse(event).success).toBe(true);
    expect(spec.identify(event)).toBe("priya@northwind.io");
    expect(spec.process(event)).toEqual([{ text: "Priya Raman's meeting “Acme onboarding kickoff” is ready in Fathom with 1 action item", sourceUrl: "https://fathom.video/calls/412873905" }]);
  });

  it("has no trigger for a body that is not a meeting", () => {
    const other = { hello: "world" };
    expect(spec.eventType(other, signed(Buffer.from("{}")))).toBeNull();
    expect(spec.trigger(other, null)).toBeUndefined();
    expect(spec.process(other)).toEqual([]);
  });
});

describe("fathom inbound: testRequest", () => {
  const TEST_NOW = T * 1000 + 1500;
  const testCtx = (req: InboundRequest, secret: string | undefined = SECRET): VerifyContext => ({ request: req, secret, config: {}, webhookUrl: WEBHOOK_URL, now: TEST_NOW });
  const build = (t: (typeof fathom.triggers)[number]) => spec.testRequest!({ sample: t.sample, trigger: t.value, secret: SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: TEST_NOW });
  const asRequest = (test: TestRequest): InboundRequest => ({
    method: test.method,
    url: new URL(WEBHOOK_URL + (test.query ?? "")),
    headers: new Headers(test.headers),
    rawBody: Buffer.from(test.body, "utf8"),
  });

  for (const t of fathom.triggers) {
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
      // A fresh webhook-id on every call, so repeating a test is a new delivery.
      const again = asRequest(build(t));
      expect(spec.deliveryId(spec.parse(again), again)).not.toBe(spec.deliveryId(events[0], req));
      expect(req.headers.get("webhook-timestamp")).toBe(String(Math.floor(TEST_NOW / 1000)));
    });
  }
});
