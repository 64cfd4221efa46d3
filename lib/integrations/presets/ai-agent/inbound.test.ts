import { createHmac, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, VerifyContext } from "../../../inbound/types";
import { AI_AGENT_TRIGGERS } from "./events";
import { aiAgentInbound as spec } from "./inbound";
import { aiAgent } from "./preset";

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/ai-agent/ep_123";
const SECRET = aiAgent.verification.generateSecret!(); // a whsec_ secret as Hookyard hands it out
const T = 1747042214;

function request(headers: Record<string, string>, body: Buffer): InboundRequest {
  return { method: "POST", url: new URL(WEBHOOK_URL), headers: new Headers(headers), rawBody: body };
}
/** ctx(req) uses SECRET; ctx(req, undefined) has no secret configured. */
function ctx(req: InboundRequest, ...secret: [] | [string | undefined]): VerifyContext {
  return { request: req, secret: secret.length ? secret[0] : SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: T * 1000 + 800 };
}
// The agent is the user's own code, so there is no provider example: the fixtures are signed
// here with node:crypto, the way the setup instructions tell an agent to sign.
function sign(secret: string, id: string, t: number, body: Buffer): string {
  const key = Buffer.from(secret.slice("whsec_".length), "base64");
  return "v1," + createHmac("sha256", key).update(`${id}.${t}.`).update(body).digest("base64");
}
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url));
const signed = (body: Buffer, opts: { secret?: string; t?: number; id?: string } = {}) => {
  const id = opts.id ?? "msg_agent_0001";
  return request({ "content-type": "application/json", "webhook-id": id, "webhook-timestamp": String(opts.t ?? T), "webhook-signature": sign(opts.secret ?? SECRET, id, opts.t ?? T, body) }, body);
};

describe("ai-agent inbound: Standard Webhooks signature", () => {
  const body = fixture("run-completed");

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
    tampered[tampered.indexOf("billing/export")] ^= 0x20;
    expect(spec.verify(ctx(request(Object.fromEntries(signed(body).headers), tampered)))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(signed(body, { secret: "whsec_" + randomBytes(24).toString("base64") })))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(signed(body), undefined))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(signed(body, { t: T - 301 })))).toMatchObject({ ok: false });
  });

  it("is wired into the preset, has no handshake and takes JSON only", () => {
    expect(aiAgent.inbound).toBe(spec);
    expect(spec.handshake).toBeUndefined();
    expect(spec.contentTypes).toEqual(["application/json"]);
  });
});

describe("ai-agent inbound: fixtures", () => {
  const cases = [
    { name: "run-started", type: "agent.run.started", trigger: "ai_agent_trigger_run_started", text: "Support triage started run run_01HXA7M3QK8N4V2R9T6Y5B1C0D" },
    {
      name: "run-completed",
      type: "agent.run.completed",
      trigger: "ai_agent_trigger_run_completed",
      text: "Support triage completed run run_01HXA7M3QK8N4V2R9T6Y5B1C0D in 14.4 s: Tagged as billing/export, priority normal, and drafted a reply with the CSV export steps.",
    },
    {
      name: "run-failed",
      type: "agent.run.failed",
      trigger: "ai_agent_trigger_run_failed",
      text: "Support triage failed run run_01HXA9G7ZP2W5K8M1C4V6N3B7Q: Tool crm.lookup_customer did not answer within 30 s",
    },
    {
      name: "approval-requested",
      type: "agent.approval.requested",
      trigger: "ai_agent_trigger_approval_requested",
      text: "Refund assistant asks for approval to call payments.refund: Customer was double-charged for the May invoice.",
    },
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
      expect(AI_AGENT_TRIGGERS.find((t) => t.value === c.trigger)!.schema.safeParse(event).success).toBe(true);
      expect(spec.identify(event)).toBe(c.name === "approval-requested" ? "agt_refunds" : "agt_support_triage");
      expect(spec.process(event)).toEqual([{ text: c.text, sourceUrl: null }]);
    });
  }

  it("stores unknown types without a trigger", () => {
    const other = { type: "agent.memory.updated", timestamp: "2025-05-12T09:30:00Z", data: { agent_id: "agt_x" } };
    expect(spec.trigger(other, spec.eventType(other, signed(Buffer.from("{}"))))).toBeUndefined();
    expect(spec.process(other)).toEqual([]);
  });
});

describe("ai-agent inbound: testRequest", () => {
  const TEST_NOW = T * 1000 + 800;
  const testCtx = (req: InboundRequest, secret: string | undefined = SECRET): VerifyContext => ({ request: req, secret, config: {}, webhookUrl: WEBHOOK_URL, now: TEST_NOW });
  const build = (t: (typeof aiAgent.triggers)[number]) => spec.testRequest!({ sample: t.sample, trigger: t.value, secret: SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: TEST_NOW });
  const asRequest = (test: TestRequest): InboundRequest => ({
    method: test.method,
    url: new URL(WEBHOOK_URL + (test.query ?? "")),
    headers: new Headers(test.headers),
    rawBody: Buffer.from(test.body, "utf8"),
  });

  for (const t of aiAgent.triggers) {
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
