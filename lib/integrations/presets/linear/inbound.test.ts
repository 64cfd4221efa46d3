import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, Verdict, VerifyContext } from "../../../inbound/types";
import type { TriggerDefinition } from "../../types";
import { LINEAR_TRIGGERS } from "./events";
import { linearInbound } from "./inbound";

// Linear publishes no signed example: its docs show code only, and the SDK's own tests
// (linear/linear packages/sdk/src/_tests/LinearWebhooks.test.ts) sign with HMAC at run time.
// These tests sign the fixtures themselves with node:crypto.
const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/linear/ep_123";
const NOW = 1_741_700_000_000;
const SECRET = "lin_wh_4mV8xQ2pR7tK1nB6cZ9sD3fG5hJ0wL";
const DELIVERY = "234d1a4e-b617-4388-90fe-adc3633d6b72";

function request(body: string | Buffer, headers: Record<string, string>): InboundRequest {
  return { method: "POST", url: new URL(WEBHOOK_URL), headers: new Headers(headers), rawBody: Buffer.from(body) };
}

/** `secret: null` builds an endpoint with no signing secret configured. */
function context(req: InboundRequest, now: number, secret: string | null = SECRET): VerifyContext {
  return { request: req, secret: secret ?? undefined, config: {}, webhookUrl: WEBHOOK_URL, now };
}

/** This scheme needs no fetch, so its verify() answers synchronously. */
function verify(ctx: VerifyContext): Verdict {
  const verdict = linearInbound.verify(ctx);
  if (verdict instanceof Promise) throw new Error("expected a synchronous verdict");
  return verdict;
}

function signed(body: string, type = "Issue"): InboundRequest {
  const signature = createHmac("sha256", SECRET).update(body).digest("hex");
  return request(body, { "content-type": "application/json; charset=utf-8", "linear-signature": signature, "linear-event": type, "linear-delivery": DELIVERY });
}

describe("Linear inbound", () => {
  it.each(LINEAR_TRIGGERS.map((t) => [t.value, t] as const))("%s: a signed fixture verifies, parses and maps back", (_value, def) => {
    const sample = def.sample as { type: string; action: string; webhookTimestamp: number; organizationId: string };
    const body = JSON.stringify(sample);
    const req = signed(body, sample.type);
    const sent = sample.webhookTimestamp;
    expect(verify(context(req, sent + 2_000))).toEqual({ ok: true });
    const event = linearInbound.parse(req);
    expect(def.schema.safeParse(event).success).toBe(true);
    const type = linearInbound.eventType(event, req);
    expect(type).toBe(`${sample.type}.${sample.action}`);
    expect(linearInbound.trigger(event, type)).toBe(def.value);
    expect(linearInbound.deliveryId(event, req)).toBe(DELIVERY);
    expect(linearInbound.identify(event)).toBe("8d5c2e91-7f04-4b3a-a6e8-5c1d9b0f2e77");

    const tampered = Buffer.from(body);
    tampered[20] ^= 1;
    expect(verify(context({ ...req, rawBody: tampered }, sent)).ok).toBe(false);
    expect(verify(context(req, sent, "another-secret")).ok).toBe(false);
    expect(verify(context(req, sent, null)).ok).toBe(false);
    // Linear's window is one minute, not Hookyard's default five.
    expect(verify(context(req, sent + 61_000)).ok).toBe(false);
    expect(verify(context(req, sent - 61_000)).ok).toBe(false);
    expect(verify(context(req, sent + 59_000))).toEqual({ ok: true });
  });

  it("refuses a correctly signed body that has no webhookTimestamp or is not JSON", () => {
    const now = 1_741_684_467_712;
    expect(verify(context(signed(JSON.stringify({ action: "create", type: "Issue" })), now)).ok).toBe(false);
    expect(verify(context(signed("not json"), now)).ok).toBe(false);
  });

  it("refuses a missing signature header", () => {
    const body = JSON.stringify(LINEAR_TRIGGERS[0].sample);
    expect(verify(context(request(body, { "content-type": "application/json" }), 1_741_684_467_712)).ok).toBe(false);
  });

  it("has no trigger for changes Hookyard does not offer", () => {
    expect(linearInbound.trigger({}, "Issue.remove")).toBeUndefined();
    expect(linearInbound.trigger({}, "Reaction.create")).toBeUndefined();
  });

  it("turns each fixture into a readable activity with a Linear link", () => {
    const activities = Object.fromEntries(LINEAR_TRIGGERS.map((t) => [t.value, linearInbound.process(t.sample)]));
    const issueUrl = "https://linear.app/acme/issue/ENG-142/checkout-button-does-nothing-on-safari-17";
    expect(activities.linear_trigger_issue_created).toEqual([{ text: "Ada Lovelace created ENG-142: Checkout button does nothing on Safari 17", sourceUrl: issueUrl }]);
    expect(activities.linear_trigger_issue_updated).toEqual([{ text: "Grace Hopper updated ENG-142 (now In Progress): Checkout button does nothing on Safari 17", sourceUrl: issueUrl }]);
    expect(activities.linear_trigger_comment_created).toEqual([
      { text: "Grace Hopper commented on ENG-142: Reproduced: the click handler throws before the fetch. Fix incoming.", sourceUrl: `${issueUrl}#comment-7c3e9a1d` },
    ]);
    expect(activities.linear_trigger_project_updated).toEqual([{ text: "Ada Lovelace updated project Checkout v2", sourceUrl: "https://linear.app/acme/project/checkout-v2-4e2b9c7d1f0a" }]);
    expect(activities.linear_trigger_cycle_updated).toEqual([{ text: "Cycle 12 completed", sourceUrl: "https://linear.app/acme/team/ENG/cycle/12" }]);
    expect(activities.linear_trigger_issue_label_created).toEqual([{ text: "Grace Hopper created label Regression", sourceUrl: null }]);
  });
});

describe("Linear testRequest", () => {
  // For every trigger: the request Hookyard's test button sends verifies with the endpoint's secret,
  // parses back to the trigger and its schema. Linear-Delivery is a fresh UUID per call; webhookTimestamp is set to now.
  const build = (def: TriggerDefinition) => linearInbound.testRequest!({ sample: def.sample, trigger: def.value, secret: SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: NOW });
  const toRequest = (t: TestRequest): InboundRequest => ({
    method: t.method,
    url: new URL(WEBHOOK_URL + (t.query ?? "")),
    headers: new Headers(t.headers),
    rawBody: Buffer.from(t.body),
  });
  const events = (req: InboundRequest) => {
    const payload = linearInbound.parse(req);
    return linearInbound.split ? linearInbound.split(payload) : [payload];
  };

  it.each(LINEAR_TRIGGERS.map((t) => [t.value, t] as const))("%s: verifies, parses back to the trigger, fresh delivery id", async (_value, def) => {
    const first = build(def);
    const req = toRequest(first);
    const ctx: VerifyContext = { request: req, secret: SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: NOW };
    expect(await linearInbound.verify(ctx)).toEqual({ ok: true });
    const parsed = events(req);
    expect(parsed.length).toBeGreaterThan(0);
    for (const event of parsed) {
      expect(linearInbound.trigger(event, linearInbound.eventType(event, req))).toBe(def.value);
      expect(def.schema.safeParse(event).success).toBe(true);
    }
    expect((linearInbound.parse(req) as { webhookTimestamp: number }).webhookTimestamp).toBe(NOW);
    expect(first.headers["linear-event"]).toBe((def.sample as { type: string }).type);
    const again = toRequest(build(def));
    const ids = [req, again].map((r) => linearInbound.deliveryId(events(r)[0], r));
    expect(ids[0]).toBeTruthy();
    expect(ids[1]).toBeTruthy();
    expect(ids[1]).not.toBe(ids[0]);
  });
});
