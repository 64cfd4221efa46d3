import { createPrivateKey, createPublicKey, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { InboundRequest, Verdict, VerifyContext } from "../../../inbound/types";
import { DISCORD_PING_SAMPLE, DISCORD_TRIGGERS } from "./events";
import { discordInbound } from "./inbound";

// Discord publishes no signed example request (its docs and the discord-interactions SDK tests make
// fresh key pairs), so these tests sign the fixtures themselves. The key pair is RFC 8032's
// Ed25519 "TEST 1" (https://www.rfc-editor.org/rfc/rfc8032#section-7.1): a published secret seed
// and its public key, so the hex key given to Hookyard is a known value rather than a random one.
const RFC8032_SEED = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
const RFC8032_PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
const PRIVATE_KEY = createPrivateKey({ key: Buffer.from(`302e020100300506032b657004220420${RFC8032_SEED}`, "hex"), format: "der", type: "pkcs8" });
const OTHER_PUBLIC = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"; // RFC 8032 TEST 2's public key

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/discord/ep_123";
const NOW = 1_716_000_000_000;

function request(body: string | Buffer, headers: Record<string, string>): InboundRequest {
  return { method: "POST", url: new URL(WEBHOOK_URL), headers: new Headers(headers), rawBody: Buffer.from(body) };
}

/** `secret: null` builds an endpoint with no public key configured. */
function context(req: InboundRequest, secret: string | null = RFC8032_PUBLIC, now = NOW): VerifyContext {
  return { request: req, secret: secret ?? undefined, config: {}, webhookUrl: WEBHOOK_URL, now };
}

/** This scheme needs no fetch, so its verify() answers synchronously. */
function verify(ctx: VerifyContext): Verdict {
  const verdict = discordInbound.verify(ctx);
  if (verdict instanceof Promise) throw new Error("expected a synchronous verdict");
  return verdict;
}

function signed(body: string, timestamp = String(Math.floor(NOW / 1000))): InboundRequest {
  const signature = sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), PRIVATE_KEY).toString("hex");
  return request(body, { "content-type": "application/json", "x-signature-ed25519": signature, "x-signature-timestamp": timestamp });
}

describe("Discord inbound", () => {
  it("uses RFC 8032's key pair: the seed's public key is the published one", () => {
    const spki = createPublicKey(PRIVATE_KEY).export({ format: "der", type: "spki" });
    expect(spki.subarray(-32).toString("hex")).toBe(RFC8032_PUBLIC);
  });

  it.each(DISCORD_TRIGGERS.map((t) => [t.value, t] as const))("%s: a signed fixture verifies, parses and maps back", (_value, def) => {
    const body = JSON.stringify(def.sample);
    const req = signed(body);
    expect(verify(context(req))).toEqual({ ok: true });
    expect(verify(context(req, RFC8032_PUBLIC.toUpperCase()))).toEqual({ ok: true });
    expect(discordInbound.handshake!.answer(context(req))).toBeUndefined();
    const event = discordInbound.parse(req);
    expect(def.schema.safeParse(event).success).toBe(true);
    const type = discordInbound.eventType(event, req);
    expect(discordInbound.trigger(event, type)).toBe(def.value);
    expect(discordInbound.deliveryId(event, req)).toBe((def.sample as { id: string }).id);
    expect(discordInbound.identify(event)).toBe("775799577604522054");

    const tampered = Buffer.from(body);
    tampered[10] ^= 1;
    expect(verify(context({ ...req, rawBody: tampered })).ok).toBe(false);
    expect(verify(context(req, OTHER_PUBLIC)).ok).toBe(false);
    expect(verify(context(req, null)).ok).toBe(false);
    expect(verify(context(req, RFC8032_PUBLIC, NOW + 6 * 60_000)).ok).toBe(false);
  });

  it("binds the timestamp into the signature and rejects malformed headers and keys", () => {
    const req = signed("{}");
    req.headers.set("x-signature-timestamp", String(Math.floor(NOW / 1000) + 1));
    expect(verify(context(req)).ok).toBe(false);
    const short = signed("{}");
    short.headers.set("x-signature-ed25519", "abcd");
    expect(verify(context(short)).ok).toBe(false);
    const missing = signed("{}");
    missing.headers.delete("x-signature-ed25519");
    expect(verify(context(missing)).ok).toBe(false);
    expect(verify(context(signed("{}"), "not-a-hex-key")).ok).toBe(false);
  });

  it("answers a signed PING with a PONG as JSON, and only a PING", () => {
    const req = signed(JSON.stringify(DISCORD_PING_SAMPLE));
    expect(discordInbound.handshake!.signed).toBe(true);
    expect(verify(context(req))).toEqual({ ok: true });
    expect(discordInbound.handshake!.answer(context(req))).toEqual({ status: 200, headers: { "content-type": "application/json" }, body: '{"type":1}' });
    // Discord's endpoint check also sends PINGs with a bad signature: verify() refuses them.
    const forged = request(JSON.stringify(DISCORD_PING_SAMPLE), { "x-signature-ed25519": "0".repeat(128), "x-signature-timestamp": String(NOW / 1000) });
    expect(verify(context(forged)).ok).toBe(false);
    expect(discordInbound.eventType(discordInbound.parse(req), req)).toBe("PING");
    expect(discordInbound.trigger(DISCORD_PING_SAMPLE, "PING")).toBeUndefined();
  });

  it("turns each fixture into a readable activity with a Discord link", () => {
    const [command, component, modal] = DISCORD_TRIGGERS.map((t) => discordInbound.process(t.sample));
    expect(command).toEqual([{ text: "Mason ran /deploy environment:staging", sourceUrl: "https://discord.com/channels/290926798626357999/645027906669510667" }]);
    expect(component).toEqual([{ text: "Mason clicked promote_staging on the app's message", sourceUrl: "https://discord.com/channels/290926798626357999/645027906669510667/846462523107327004" }]);
    expect(modal).toEqual([{ text: "Mason submitted the bug_report form", sourceUrl: "https://discord.com/channels/290926798626357999/645027906669510667" }]);
    expect(discordInbound.process({ type: 2, user: { username: "dm-user" }, channel_id: "1", data: { name: "ping" } })).toEqual([
      { text: "dm-user ran /ping", sourceUrl: "https://discord.com/channels/@me/1" },
    ]);
  });
});

describe("Discord testRequest", () => {
  it("is absent: only Discord holds the Ed25519 private key that verify() checks against", () => {
    expect(discordInbound.testRequest).toBeUndefined();
  });
});
