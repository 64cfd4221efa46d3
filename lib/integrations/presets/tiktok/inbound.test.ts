import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { InboundRequest, TestRequest, VerifyContext } from "../../../inbound/types";
import { TIKTOK_TRIGGERS } from "./events";
import { tiktokInbound as spec } from "./inbound";
import { tiktok } from "./preset";

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/tiktok/ep_123";
const CLIENT_SECRET = "Qm7xT2vP9kL4wR8sZ1nB6cY3hJ5dF0gA";
const T = 1741867203; // two seconds after the authorization-removed fixture's create_time

function request(init: { headers?: Record<string, string>; body?: Buffer }): InboundRequest {
  return { method: "POST", url: new URL(WEBHOOK_URL), headers: new Headers(init.headers), rawBody: init.body ?? Buffer.alloc(0) };
}
/** ctx(req) uses CLIENT_SECRET; ctx(req, undefined) has no secret configured. */
function ctx(req: InboundRequest, ...secret: [] | [string | undefined]): VerifyContext {
  return { request: req, secret: secret.length ? secret[0] : CLIENT_SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: (T + 1) * 1000 };
}
// TikTok's page shows an example header ("t=1633174587,s=1849…") but not the secret and body
// behind it, so it cannot be checked; the tests sign the fixtures with node:crypto instead.
// https://developers.tiktok.com/doc/webhooks-verification
const sign = (secret: string, t: number, body: Buffer) => `t=${t},s=` + createHmac("sha256", secret).update(`${t}.`).update(body).digest("hex");
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url));
const signed = (body: Buffer, opts: { secret?: string; t?: number } = {}) =>
  request({ headers: { "content-type": "application/json", "tiktok-signature": sign(opts.secret ?? CLIENT_SECRET, opts.t ?? T, body) }, body });

describe("tiktok inbound: signature", () => {
  const body = fixture("authorization-removed");

  it("verifies t.body and refuses tampering, a wrong secret and no secret", () => {
    expect(spec.verify(ctx(signed(body)))).toEqual({ ok: true });
    const tampered = Buffer.from(body);
    tampered[tampered.indexOf("authorization")] ^= 0x20;
    expect(spec.verify(ctx(request({ headers: { "tiktok-signature": sign(CLIENT_SECRET, T, body) }, body: tampered })))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(signed(body, { secret: "another-client-secret" })))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(signed(body), undefined))).toMatchObject({ ok: false });
  });

  it("signs the timestamp: a changed t breaks the signature", () => {
    const good = sign(CLIENT_SECRET, T, body);
    expect(spec.verify(ctx(request({ headers: { "tiktok-signature": good.replace(`t=${T}`, `t=${T + 1}`) }, body })))).toMatchObject({ ok: false });
  });

  it("refuses a stale or future timestamp outside 5 minutes", () => {
    expect(spec.verify(ctx(signed(body, { t: T - 299 })))).toEqual({ ok: true });
    expect(spec.verify(ctx(signed(body, { t: T - 301 })))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(signed(body, { t: T + 303 })))).toMatchObject({ ok: false });
  });

  it("refuses missing or malformed headers, and accepts the elements in any order", () => {
    expect(spec.verify(ctx(request({ body })))).toMatchObject({ ok: false });
    const s = createHmac("sha256", CLIENT_SECRET).update(`${T}.`).update(body).digest("hex");
    expect(spec.verify(ctx(request({ headers: { "tiktok-signature": `s=${s}` }, body })))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(request({ headers: { "tiktok-signature": `t=${T}` }, body })))).toMatchObject({ ok: false });
    expect(spec.verify(ctx(request({ headers: { "tiktok-signature": `s=${s},t=${T}` }, body })))).toEqual({ ok: true });
  });

  it("is wired into the preset, has no handshake and takes JSON only", () => {
    expect(tiktok.inbound).toBe(spec);
    expect(spec.handshake).toBeUndefined();
    expect(spec.contentTypes).toEqual(["application/json"]);
  });
});

describe("tiktok inbound: fixtures", () => {
  const user = "act.3f9KxQ2mZ7pLw8RtY1vNcB4dHs6Ea0UgJ5oTiFk";
  const cases = [
    {
      name: "authorization-removed",
      trigger: "tiktok_trigger_authorization_removed",
      eventType: "authorization.removed",
      deliveryId: `awk7q2m9xz31fd0p:authorization.removed:${user}:1741867201`,
      text: `TikTok user ${user} no longer authorizes the app because the user disconnected the app`,
    },
    {
      name: "video-upload-failed",
      trigger: "tiktok_trigger_video_upload_failed",
      eventType: "video.upload.failed",
      deliveryId: `awk7q2m9xz31fd0p:video.upload.failed:${user}:1741867543:video.7481203946617752109.Qm4TzR8k`,
      text: `A video shared by TikTok user ${user} failed to upload to TikTok (share video.7481203946617752109.Qm4TzR8k)`,
    },
    {
      name: "video-publish-completed",
      trigger: "tiktok_trigger_video_publish_completed",
      eventType: "video.publish.completed",
      deliveryId: `awk7q2m9xz31fd0p:video.publish.completed:${user}:1741868120:video.7481205517082963245.Hp2WxN5c`,
      text: `TikTok user ${user} published a video shared through the app (share video.7481205517082963245.Hp2WxN5c)`,
    },
  ];

  for (const c of cases) {
    it(`${c.name}: verifies, parses to the fixture and reads as ${c.trigger}`, () => {
      const body = fixture(c.name);
      const req = signed(body);
      expect(spec.verify(ctx(req))).toEqual({ ok: true });
      const event = spec.parse(req);
      expect(event).toEqual(JSON.parse(body.toString("utf8")));
      const eventType = spec.eventType(event, req);
      expect(eventType).toBe(c.eventType);
      expect(spec.deliveryId(event, req)).toBe(c.deliveryId);
      expect(spec.trigger(event, eventType)).toBe(c.trigger);
      expect(TIKTOK_TRIGGERS.find((t) => t.value === c.trigger)!.schema.safeParse(event).success).toBe(true);
      expect(spec.identify(event)).toBe(user);
      expect(spec.process(event)).toEqual([{ text: c.text, sourceUrl: null }]);
    });
  }

  it("leaves unknown events without a trigger", () => {
    const other = { client_key: "awk7q2m9xz31fd0p", event: "portability.download.ready", create_time: T, user_openid: user, content: "{}" };
    expect(spec.trigger(other, spec.eventType(other, request({})))).toBeUndefined();
    expect(spec.process(other)).toEqual([]);
  });
});

describe("tiktok inbound: testRequest", () => {
  const TEST_NOW = (T + 1) * 1000;
  const testCtx = (req: InboundRequest, secret: string | undefined = CLIENT_SECRET): VerifyContext => ({ request: req, secret, config: {}, webhookUrl: WEBHOOK_URL, now: TEST_NOW });
  const build = (t: (typeof tiktok.triggers)[number]) => spec.testRequest!({ sample: t.sample, trigger: t.value, secret: CLIENT_SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: TEST_NOW });
  const asRequest = (test: TestRequest): InboundRequest => ({
    method: test.method,
    url: new URL(WEBHOOK_URL + (test.query ?? "")),
    headers: new Headers(test.headers),
    rawBody: Buffer.from(test.body, "utf8"),
  });

  for (const t of tiktok.triggers) {
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
      // TikTok sends no event id: deliveryId() is built from the sample's app, event, user, create_time and share_id,
      // so two tests of the same sample share a delivery id (the second is a duplicate).
      const again = asRequest(build(t));
      const [first] = events;
      expect(spec.deliveryId(first, req)).not.toBeNull();
      expect(spec.deliveryId(spec.parse(again), again)).toBe(spec.deliveryId(first, req));
      expect(req.headers.get("tiktok-signature")).toMatch(new RegExp(`^t=${Math.floor(TEST_NOW / 1000)},s=[0-9a-f]{64}$`));
    });
  }
});
