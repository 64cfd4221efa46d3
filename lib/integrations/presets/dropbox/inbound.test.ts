import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Verdict, VerifyContext } from "../../../inbound/types";
import { DROPBOX_TRIGGERS } from "./events";
import { dropboxInbound } from "./inbound";

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/dropbox/ep_123";
const SECRET = "k3x9hookyardappsecret";

function ctx(body: Buffer | string, headers: Record<string, string>, opts: { secret?: string; method?: string; query?: string } = {}): VerifyContext {
  return {
    request: { method: opts.method ?? "POST", url: new URL(WEBHOOK_URL + (opts.query ?? "")), headers: new Headers(headers), rawBody: Buffer.isBuffer(body) ? body : Buffer.from(body) },
    secret: "secret" in opts ? opts.secret : SECRET,
    config: {},
    webhookUrl: WEBHOOK_URL,
    now: Date.now(),
  };
}

/** dropboxInbound.verify is synchronous (no fetch); this fails loudly if it ever returns a promise. */
function verify(c: VerifyContext): Verdict {
  const verdict = dropboxInbound.verify(c);
  if (verdict instanceof Promise) throw new Error("expected a synchronous verdict");
  return verdict;
}

const sign = (body: Buffer | string, secret = SECRET) => createHmac("sha256", secret).update(body).digest("hex");

describe("dropbox inbound: the challenge", () => {
  it("echoes the challenge as text/plain with nosniff, without a signature", () => {
    const request = ctx("", {}, { method: "GET", query: "?challenge=a1b2C3d4-%3Cscript%3E" });
    expect(dropboxInbound.handshake?.signed).toBe(false);
    expect(dropboxInbound.handshake!.answer(request)).toEqual({
      status: 200,
      headers: { "content-type": "text/plain", "x-content-type-options": "nosniff" },
      body: "a1b2C3d4-<script>",
    });
  });

  it("is not a handshake without a challenge or on POST", () => {
    expect(dropboxInbound.handshake!.answer(ctx("", {}, { method: "GET" }))).toBeUndefined();
    expect(dropboxInbound.handshake!.answer(ctx("{}", {}, { query: "?challenge=x" }))).toBeUndefined();
  });
});

// Dropbox publishes no signature example; the fixture is signed here with node:crypto.
describe("dropbox inbound: file-changed.json", () => {
  const body = readFileSync(path.join(__dirname, "fixtures", "file-changed.json"));
  const sample = JSON.parse(body.toString("utf8"));
  const headers = { "Content-Type": "application/json", "X-Dropbox-Signature": sign(body) };

  it("verifies a correctly signed notification", () => {
    expect(verify(ctx(body, headers))).toEqual({ ok: true });
    expect(verify(ctx(body, { "X-Dropbox-Signature": sign(body).toUpperCase() }))).toEqual({ ok: true });
  });

  it("rejects a tampered byte, a wrong secret, no secret and a missing header", () => {
    const tampered = Buffer.from(body);
    tampered[25] ^= 1;
    expect(verify(ctx(tampered, headers)).ok).toBe(false);
    expect(verify(ctx(body, { "X-Dropbox-Signature": sign(body, "wrong") })).ok).toBe(false);
    expect(verify(ctx(body, headers, { secret: undefined })).ok).toBe(false);
    expect(verify(ctx(body, {})).ok).toBe(false);
  });

  it("parses, identifies and processes the notification", () => {
    const request = ctx(body, headers).request;
    const event = dropboxInbound.parse(request);
    expect(event).toEqual(sample);
    const type = dropboxInbound.eventType(event, request);
    expect(type).toBe("list_folder");
    expect(dropboxInbound.deliveryId(event, request)).toBeNull();
    expect(dropboxInbound.trigger(event, type)).toBe("dropbox_trigger_file_changed");
    expect(DROPBOX_TRIGGERS[0].schema.safeParse(event).success).toBe(true);
    expect(dropboxInbound.identify(event)).toBe("dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc");
    expect(dropboxInbound.process(event)).toEqual([
      { text: "Files changed in the Dropbox of account dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc", sourceUrl: "https://www.dropbox.com/home" },
      { text: "Files changed in the Dropbox of account dbid:AACnR2kC1xE3TKOXm9mOZ0V7fDk2X4b0Qyw", sourceUrl: "https://www.dropbox.com/home" },
    ]);
  });
});

describe.each(DROPBOX_TRIGGERS.map((t) => [t.value, t] as const))("dropbox inbound: testRequest for %s", (_value, trigger) => {
  const build = () => dropboxInbound.testRequest!({ sample: trigger.sample, trigger: trigger.value, secret: SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: Date.now() });

  it("is signed as Dropbox signs and maps back to the trigger", () => {
    const tr = build();
    expect(tr.method).toBe("POST");
    expect(dropboxInbound.contentTypes).toContain(tr.headers["content-type"].split(";")[0]);
    const c = ctx(tr.body, tr.headers, { query: tr.query ?? "" });
    expect(verify(c)).toEqual({ ok: true });
    expect(verify(ctx(tr.body, tr.headers, { secret: "wrong" })).ok).toBe(false);
    const payload = dropboxInbound.parse(c.request);
    expect(payload).toEqual(trigger.sample);
    for (const event of dropboxInbound.split ? dropboxInbound.split(payload) : [payload]) {
      expect(dropboxInbound.trigger(event, dropboxInbound.eventType(event, c.request))).toBe(trigger.value);
      expect(trigger.schema.safeParse(event).success).toBe(true);
    }
  });

  it("carries no delivery id: two tests of one sample have the same body (deduped on its hash)", () => {
    const [a, b] = [build(), build()];
    expect(dropboxInbound.deliveryId(null, ctx(a.body, a.headers).request)).toBeNull();
    expect(b.body).toBe(a.body);
  });
});
