import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, Verdict, VerifyContext } from "../../../inbound/types";
import type { TriggerDefinition } from "../../types";
import { NOTION_TRIGGERS } from "./events";
import { notionInbound } from "./inbound";

// Notion publishes no signed example (its webhook docs show code only), so these tests sign the
// fixtures themselves with node:crypto, keyed with a made-up verification_token.
const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/notion/ep_123";
const NOW = 1_741_700_000_000;
const TOKEN = "secret_tMrlL1qK5vuQAh1b6cZGhFChZTSYJlce98V0pYn7yBl";

function request(body: string | Buffer, headers: Record<string, string>): InboundRequest {
  return { method: "POST", url: new URL(WEBHOOK_URL), headers: new Headers(headers), rawBody: Buffer.from(body) };
}

/** `secret: null` builds an endpoint whose verification token has not been pasted yet. */
function context(req: InboundRequest, secret: string | null = TOKEN): VerifyContext {
  return { request: req, secret: secret ?? undefined, config: {}, webhookUrl: WEBHOOK_URL, now: Date.now() };
}

/** This scheme needs no fetch, so its verify() answers synchronously. */
function verify(ctx: VerifyContext): Verdict {
  const verdict = notionInbound.verify(ctx);
  if (verdict instanceof Promise) throw new Error("expected a synchronous verdict");
  return verdict;
}

function signed(body: string): InboundRequest {
  const signature = "sha256=" + createHmac("sha256", TOKEN).update(body).digest("hex");
  return request(body, { "content-type": "application/json", "x-notion-signature": signature });
}

describe("Notion inbound", () => {
  it.each(NOTION_TRIGGERS.map((t) => [t.value, t] as const))("%s: a signed fixture verifies, parses and maps back", (_value, def) => {
    const body = JSON.stringify(def.sample);
    const req = signed(body);
    expect(verify(context(req))).toEqual({ ok: true });
    expect(notionInbound.handshake!.answer(context(req))).toBeUndefined();
    const event = notionInbound.parse(req);
    expect(def.schema.safeParse(event).success).toBe(true);
    const type = notionInbound.eventType(event, req);
    expect(type).toBe((def.sample as { type: string }).type);
    expect(notionInbound.trigger(event, type)).toBe(def.value);
    expect(notionInbound.deliveryId(event, req)).toBe((def.sample as { id: string }).id);
    expect(notionInbound.identify(event)).toBe("b7e3a910-4c6d-4f25-8a1e-3d9c5f0b2e68");

    const tampered = Buffer.from(body);
    tampered[12] ^= 1;
    expect(verify(context({ ...req, rawBody: tampered })).ok).toBe(false);
    expect(verify(context(req, "secret_another_token")).ok).toBe(false);
    expect(verify(context(req, null)).ok).toBe(false);
  });

  it("refuses a signature without the sha256= prefix, or none", () => {
    const body = JSON.stringify(NOTION_TRIGGERS[0].sample);
    const bare = createHmac("sha256", TOKEN).update(body).digest("hex");
    expect(verify(context(request(body, { "x-notion-signature": bare }))).ok).toBe(false);
    expect(verify(context(request(body, {}))).ok).toBe(false);
  });

  it("answers the one-time verification request 200 without a signature or a configured token", () => {
    const body = JSON.stringify({ verification_token: TOKEN });
    const req = request(body, { "content-type": "application/json" });
    expect(notionInbound.handshake!.signed).toBe(false);
    expect(notionInbound.handshake!.answer(context(req, null))).toEqual({ status: 200, keep: expect.stringContaining("verification_token") });
    // Read back from the event history, it is a verification without a trigger.
    const event = notionInbound.parse(req);
    expect(event).toEqual({ verification_token: TOKEN });
    expect(notionInbound.eventType(event, req)).toBe("verification");
    expect(notionInbound.trigger(event, "verification")).toBeUndefined();
    expect(notionInbound.process(event)).toEqual([]);
  });

  it("does not take a real event, or a body that is not JSON, for the verification request", () => {
    const spoof = request(JSON.stringify({ ...(NOTION_TRIGGERS[0].sample as object), verification_token: "x" }), {});
    expect(notionInbound.handshake!.answer(context(spoof))).toBeUndefined();
    expect(notionInbound.handshake!.answer(context(request("verification_token", {})))).toBeUndefined();
  });

  it("turns each fixture into a readable activity with a link to the page", () => {
    const [created, content, properties, comment] = NOTION_TRIGGERS.map((t) => notionInbound.process(t.sample));
    const page = "https://www.notion.so/1d3c8a2f5e9080b49c7ae4f2d6b1a038";
    expect(created).toEqual([{ text: "A page of a database was created in Acme Product", sourceUrl: page }]);
    expect(content).toEqual([{ text: "A page of a database was edited in Acme Product (2 blocks changed)", sourceUrl: page }]);
    expect(properties).toEqual([{ text: "Properties of a page of a database changed in Acme Product (2 properties)", sourceUrl: page }]);
    expect(comment).toEqual([{ text: "A comment was added to a page in Acme Product", sourceUrl: page }]);
  });
});

describe("Notion testRequest", () => {
  // For every trigger: the request Hookyard's test button sends verifies with the endpoint's secret,
  // parses back to the trigger and its schema. The dedupe id (the event's id) is in the body; testRequest gives each call a fresh UUID.
  const build = (def: TriggerDefinition) => notionInbound.testRequest!({ sample: def.sample, trigger: def.value, secret: TOKEN, config: {}, webhookUrl: WEBHOOK_URL, now: NOW });
  const toRequest = (t: TestRequest): InboundRequest => ({
    method: t.method,
    url: new URL(WEBHOOK_URL + (t.query ?? "")),
    headers: new Headers(t.headers),
    rawBody: Buffer.from(t.body),
  });
  const events = (req: InboundRequest) => {
    const payload = notionInbound.parse(req);
    return notionInbound.split ? notionInbound.split(payload) : [payload];
  };

  it.each(NOTION_TRIGGERS.map((t) => [t.value, t] as const))("%s: verifies, parses back to the trigger, fresh delivery id", async (_value, def) => {
    const first = build(def);
    const req = toRequest(first);
    const ctx: VerifyContext = { request: req, secret: TOKEN, config: {}, webhookUrl: WEBHOOK_URL, now: NOW };
    expect(await notionInbound.verify(ctx)).toEqual({ ok: true });
    const parsed = events(req);
    expect(parsed.length).toBeGreaterThan(0);
    for (const event of parsed) {
      expect(notionInbound.trigger(event, notionInbound.eventType(event, req))).toBe(def.value);
      expect(def.schema.safeParse(event).success).toBe(true);
    }
    const again = toRequest(build(def));
    const ids = [req, again].map((r) => notionInbound.deliveryId(events(r)[0], r));
    expect(ids[0]).toBeTruthy();
    expect(ids[1]).toBeTruthy();
    expect(ids[1]).not.toBe(ids[0]);
  });
});
