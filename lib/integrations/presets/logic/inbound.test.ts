import { createHmac, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, VerifyContext } from "../../../inbound/types";
import { LOGIC_TRIGGERS } from "./events";
import { logicInbound as spec } from "./inbound";
import { logic } from "./preset";

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/logic/ep_123";
const SECRET = logic.verification.generateSecret!(); // a whsec_ secret as Hookyard hands it out
const T = 1747208703;

function request(headers: Record<string, string>, body: Buffer): InboundRequest {
  return { method: "POST", url: new URL(WEBHOOK_URL), headers: new Headers(headers), rawBody: body };
}
/** ctx(req) uses SECRET; ctx(req, undefined) has no secret configured. */
function ctx(req: InboundRequest, ...secret: [] | [string | undefined]): VerifyContext {
  return { request: req, secret: secret.length ? secret[0] : SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: T * 1000 + 250 };
}
// Logic events come from the user's own code, so there is no provider example: the fixtures are
// signed here with node:crypto, the way the setup instructions tell a sender to sign.
function sign(secret: string, id: string, t: number, body: Buffer): string {
  const key = Buffer.from(secret.slice("whsec_".length), "base64");
  return "v1," + createHmac("sha256", key).update(`${id}.${t}.`).update(body).digest("base64");
}
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url));
const signed = (body: Buffer, opts: { secret?: string; t?: number; id?: string } = {}) => {
  const id = opts.id ?? "msg_logic_0001";
  return request({ "content-type": "application/json", "webhook-id": id, "webhook-timestamp": String(opts.t ?? T), "webhook-signature": sign(opts.secret ?? SECRET, id, opts.t ?? T, body) }, body);
};

describe("logic inbound: Standard Webhooks signature", () => {
  const body = fixture("event");

  it("accepts the Standard Webhooks spec's published test vector", () => {
    // From the reference libraries' "sign function works" test:
    // https://github.com/standard-webhooks/standard-webhooks/blob/main/libraries/javascript/src/webhook.test.ts
    const vector = request(
      { "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek", "webhook-timestamp": "1614265330", "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=" },
      Buffer.from('{"test": 2432232314}'),
    );
    expect(spec.verify({ ...ctx(vector, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), now: 1614265330_000 })).toEqual({ ok: true });
  });

  it("verifies a signed fixture and refuses a tampered byte, a wrong secret, no secret and a stale timestamp", () => {
    expect(spec.verify(ctx(signed(body)))).toEqual({ ok: true });
    const tampered = Buffer.from(body);
    tampered[tampered.indexOf("lisbon")] ^= 0x20;
    expect(spec.verify(ctx(request(Object.fromEntries(signed(body).headers), tampered)))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(signed(body, { secret: "whsec_" + randomBytes(24).toString("base64") })))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(signed(body), undefined))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(signed(body, { t: T + 301 })))).toMatchObject({ ok: false });
  });

  it("is wired into the preset, has no handshake and takes JSON only", () => {
    expect(logic.inbound).toBe(spec);
    expect(spec.handshake).toBeUndefined();
    expect(spec.contentTypes).toEqual(["application/json"]);
  });
});

describe("logic inbound: fixtures", () => {
  const cases = [
    { name: "event", type: "inventory.low_stock", trigger: "logic_trigger_event", text: 'Event inventory.low_stock: sku="MUG-BLK-12", warehouse="lisbon-1", on_hand=4, reorder_point=10' },
    { name: "condition-matched", type: "logic.condition.matched", trigger: "logic_trigger_condition_matched", text: "Rule Order over 1,000 EUR matched" },
    { name: "schedule-fired", type: "logic.schedule.fired", trigger: "logic_trigger_schedule_fired", text: "Schedule Daily digest (0 6 * * *) fired for 2025-05-15T06:00:00Z" },
  ];

  for (const c of cases) {
    it(`${c.name}: verifies, parses to the fixture and reads as ${c.trigger}`, () => {
      const body = fixture(c.name);
      const req = signed(body, { id: `msg_${c.name}` });
      expect(spec.verify(ctx(req))).toEqual({ ok: true });
      const event = spec.parse(req);
      expect(event).toEqual(JSON.parse(body.toString("utf8")));
      const eventType = spec.eventType(event, req);
      expect(eventType).toBe(c.type);
      expect(spec.deliveryId(event, req)).toBe(`msg_${c.name}`);
      expect(spec.trigger(event, eventType)).toBe(c.trigger);
      expect(LOGIC_TRIGGERS.find((t) => t.value === c.trigger)!.schema.safeParse(event).success).toBe(true);
      expect(spec.identify(event)).toBeNull();
      expect(spec.process(event)).toEqual([{ text: c.text, sourceUrl: null }]);
    });
  }

  it("has no trigger for a type that is not dotted lower-case", () => {
    const other = { type: "Not A Type", timestamp: "2025-05-14T07:45:12Z", data: {} };
    expect(spec.trigger(other, spec.eventType(other, signed(Buffer.from("{}"))))).toBeUndefined();
  });
});

describe("logic inbound: testRequest", () => {
  const TEST_NOW = T * 1000 + 250;
  const testCtx = (req: InboundRequest, secret: string | undefined = SECRET): VerifyContext => ({ request: req, secret, config: {}, webhookUrl: WEBHOOK_URL, now: TEST_NOW });
  const build = (t: (typeof logic.triggers)[number]) => spec.testRequest!({ sample: t.sample, trigger: t.value, secret: SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: TEST_NOW });
  const asRequest = (test: TestRequest): InboundRequest => ({
    method: test.method,
    url: new URL(WEBHOOK_URL + (test.query ?? "")),
    headers: new Headers(test.headers),
    rawBody: Buffer.from(test.body, "utf8"),
  });

  for (const t of logic.triggers) {
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
