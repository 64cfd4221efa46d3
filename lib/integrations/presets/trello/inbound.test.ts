import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, Verdict, VerifyContext } from "../../../inbound/types";
import type { TriggerDefinition } from "../../types";
import { TRELLO_TRIGGERS } from "./events";
import { trelloInbound } from "./inbound";

// Trello publishes no signed example (its docs show code only), so these tests sign the fixtures
// themselves with node:crypto: base64 HMAC-SHA1 over the body bytes followed by the callback URL.
const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/trello/ep_123";
const NOW = 1_741_700_000_000;
const SECRET = "5f8c1e3a9b7d2c4e6f0a1b3c5d7e9f2a4b6c8d0e1f3a5b7c9d2e4f6a8b0c1d3e";

function request(body: string | Buffer, headers: Record<string, string>, method = "POST"): InboundRequest {
  return { method, url: new URL(WEBHOOK_URL), headers: new Headers(headers), rawBody: Buffer.from(body) };
}

/** `secret: null` builds an endpoint with no application secret configured. */
function context(req: InboundRequest, secret: string | null = SECRET, webhookUrl = WEBHOOK_URL): VerifyContext {
  return { request: req, secret: secret ?? undefined, config: {}, webhookUrl, now: Date.now() };
}

/** This scheme needs no fetch, so its verify() answers synchronously. */
function verify(ctx: VerifyContext): Verdict {
  const verdict = trelloInbound.verify(ctx);
  if (verdict instanceof Promise) throw new Error("expected a synchronous verdict");
  return verdict;
}

function signed(body: string, callbackUrl = WEBHOOK_URL): InboundRequest {
  const signature = createHmac("sha1", SECRET)
    .update(Buffer.concat([Buffer.from(body, "utf8"), Buffer.from(callbackUrl, "utf8")]))
    .digest("base64");
  return request(body, { "content-type": "application/json", "x-trello-webhook": signature });
}

describe("Trello inbound", () => {
  it.each(TRELLO_TRIGGERS.map((t) => [t.value, t] as const))("%s: a signed fixture verifies, parses and maps back", (_value, def) => {
    const body = JSON.stringify(def.sample);
    const req = signed(body);
    expect(verify(context(req))).toEqual({ ok: true });
    expect(trelloInbound.handshake!.answer(context(req))).toBeUndefined();
    const event = trelloInbound.parse(req);
    expect(def.schema.safeParse(event).success).toBe(true);
    const type = trelloInbound.eventType(event, req);
    expect(trelloInbound.trigger(event, type)).toBe(def.value);
    const action = (def.sample as { action: { id: string; idMemberCreator: string } }).action;
    expect(trelloInbound.deliveryId(event, req)).toBe(action.id);
    expect(trelloInbound.identify(event)).toBe("5c8a1f4e7b2d9e0a3f6c1b84");

    const tampered = Buffer.from(body);
    tampered[15] ^= 1;
    expect(verify(context({ ...req, rawBody: tampered })).ok).toBe(false);
    expect(verify(context(req, "another-app-secret")).ok).toBe(false);
    expect(verify(context(req, null)).ok).toBe(false);
  });

  it("signs the callback URL too: the same body under another URL does not verify", () => {
    const req = signed(JSON.stringify(TRELLO_TRIGGERS[0].sample), "https://hooks.example.com/api/webhooks/trello/ep_999");
    expect(verify(context(req)).ok).toBe(false);
    expect(verify(context(req, SECRET, "https://hooks.example.com/api/webhooks/trello/ep_999"))).toEqual({ ok: true });
  });

  it("signs the UTF-8 bytes of non-ASCII text (the fixture's “Tomás”)", () => {
    const body = JSON.stringify(TRELLO_TRIGGERS[3].sample);
    expect(body).toContain("Tomás");
    const latin1 = createHmac("sha1", SECRET)
      .update(Buffer.from(body + WEBHOOK_URL, "latin1"))
      .digest("base64");
    expect(verify(context(request(body, { "x-trello-webhook": latin1 }))).ok).toBe(false);
    expect(verify(context(signed(body)))).toEqual({ ok: true });
  });

  it("refuses a missing signature", () => {
    expect(verify(context(request("{}", { "content-type": "application/json" }))).ok).toBe(false);
  });

  it("answers Trello's HEAD check with a bare 200, without a signature", () => {
    const head = request("", {}, "HEAD");
    expect(trelloInbound.handshake!.signed).toBe(false);
    expect(trelloInbound.handshake!.answer(context(head, null))).toEqual({ status: 200 });
  });

  it("turns each fixture into a readable activity with a link to the card", () => {
    const [created, updated, comment, member] = TRELLO_TRIGGERS.map((t) => trelloInbound.process(t.sample));
    const card = "https://trello.com/c/bR7mW2sV";
    expect(created).toEqual([{ text: "Priya Natarajan added card “Write copy for pricing page” to To Do on Website Relaunch", sourceUrl: card }]);
    expect(updated).toEqual([{ text: "Priya Natarajan moved card “Write copy for pricing page” from To Do to Doing on Website Relaunch", sourceUrl: card }]);
    expect(comment).toEqual([
      { text: "Priya Natarajan commented on “Write copy for pricing page”: First draft is in the linked doc, feedback welcome.", sourceUrl: `${card}#comment-6602a3f0b7d1e4c9a2f5b8e3` },
    ]);
    expect(member).toEqual([{ text: "Priya Natarajan added Tomás Ribeiro to card “Write copy for pricing page” on Website Relaunch", sourceUrl: card }]);
  });
});

describe("Trello testRequest", () => {
  // For every trigger: the request Hookyard's test button sends verifies with the endpoint's secret,
  // parses back to the trigger and its schema. The dedupe id (action.id) is in the body; testRequest gives each call a fresh ObjectId.
  const build = (def: TriggerDefinition) => trelloInbound.testRequest!({ sample: def.sample, trigger: def.value, secret: SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: NOW });
  const toRequest = (t: TestRequest): InboundRequest => ({
    method: t.method,
    url: new URL(WEBHOOK_URL + (t.query ?? "")),
    headers: new Headers(t.headers),
    rawBody: Buffer.from(t.body),
  });
  const events = (req: InboundRequest) => {
    const payload = trelloInbound.parse(req);
    return trelloInbound.split ? trelloInbound.split(payload) : [payload];
  };

  it.each(TRELLO_TRIGGERS.map((t) => [t.value, t] as const))("%s: verifies, parses back to the trigger, fresh delivery id", async (_value, def) => {
    const first = build(def);
    const req = toRequest(first);
    const ctx: VerifyContext = { request: req, secret: SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: NOW };
    expect(await trelloInbound.verify(ctx)).toEqual({ ok: true });
    const parsed = events(req);
    expect(parsed.length).toBeGreaterThan(0);
    for (const event of parsed) {
      expect(trelloInbound.trigger(event, trelloInbound.eventType(event, req))).toBe(def.value);
      expect(def.schema.safeParse(event).success).toBe(true);
    }
    expect((trelloInbound.parse(req) as { action: { id: string } }).action.id).toMatch(/^[0-9a-f]{24}$/);
    const again = toRequest(build(def));
    const ids = [req, again].map((r) => trelloInbound.deliveryId(events(r)[0], r));
    expect(ids[0]).toBeTruthy();
    expect(ids[1]).toBeTruthy();
    expect(ids[1]).not.toBe(ids[0]);
  });
});
