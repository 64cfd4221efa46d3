import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { VerifyContext } from "../types";
import { standardWebhooksKey, standardWebhooksSignature, verifyStandardWebhook } from "./standard-webhooks";

// The Standard Webhooks reference libraries' shared test vector ("sign function works" /
// TestWebhookSign). The `standardwebhooks` npm package is not installed here, so instead of
// calling it we check our verifier against the values its own test suite asserts:
//   https://github.com/standard-webhooks/standard-webhooks/blob/main/libraries/javascript/src/webhook.test.ts
//   https://github.com/standard-webhooks/standard-webhooks/blob/main/libraries/go/webhook_test.go
const VECTOR = {
  secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
  timestamp: "1614265330",
  body: '{"test": 2432232314}',
  signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
};
// Other signatures the JavaScript suite's "multi sig payload is valid" test puts next to the good one.
const DECOYS = ["v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=", "v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc="];

function ctx(overrides: { secret?: string | undefined; headers?: Record<string, string>; body?: string | Buffer; nowSeconds?: number } = {}): VerifyContext {
  const headers = overrides.headers ?? { "webhook-id": VECTOR.id, "webhook-timestamp": VECTOR.timestamp, "webhook-signature": VECTOR.signature };
  const body = overrides.body ?? VECTOR.body;
  return {
    request: {
      method: "POST",
      url: new URL("https://hooks.example.com/api/webhooks/logic/ep_123"),
      headers: new Headers(headers),
      rawBody: Buffer.isBuffer(body) ? body : Buffer.from(body),
    },
    secret: "secret" in overrides ? overrides.secret : VECTOR.secret,
    config: {},
    webhookUrl: "https://hooks.example.com/api/webhooks/logic/ep_123",
    now: (overrides.nowSeconds ?? Number(VECTOR.timestamp)) * 1000,
  };
}

describe("Standard Webhooks verifier", () => {
  it("reproduces the reference libraries' published signature", () => {
    expect(standardWebhooksSignature(VECTOR.secret, VECTOR.id, VECTOR.timestamp, Buffer.from(VECTOR.body))).toBe(VECTOR.signature);
  });

  it("accepts the published vector at its own timestamp", () => {
    expect(verifyStandardWebhook(ctx())).toEqual({ ok: true });
  });

  it("accepts the good signature among decoys and other versions, space-separated", () => {
    const signatures = [DECOYS[0], DECOYS[1], VECTOR.signature, DECOYS[0]].join(" ");
    expect(verifyStandardWebhook(ctx({ headers: { "webhook-id": VECTOR.id, "webhook-timestamp": VECTOR.timestamp, "webhook-signature": signatures } }))).toEqual({ ok: true });
  });

  it("refuses only decoys, a v2 entry carrying the right digest, and a truncated signature", () => {
    const right = VECTOR.signature.slice(3);
    for (const signature of [DECOYS.join(" "), `v2,${right}`, VECTOR.signature.slice(0, 8), right]) {
      expect(verifyStandardWebhook(ctx({ headers: { "webhook-id": VECTOR.id, "webhook-timestamp": VECTOR.timestamp, "webhook-signature": signature } })).ok).toBe(false);
    }
  });

  it("signs id and timestamp too: another id or timestamp breaks the signature", () => {
    const base = { "webhook-id": VECTOR.id, "webhook-timestamp": VECTOR.timestamp, "webhook-signature": VECTOR.signature };
    expect(verifyStandardWebhook(ctx({ headers: { ...base, "webhook-id": "msg_other" } })).ok).toBe(false);
    expect(verifyStandardWebhook(ctx({ headers: { ...base, "webhook-timestamp": "1614265331" }, nowSeconds: 1614265331 })).ok).toBe(false);
  });

  it("refuses a tampered byte, a wrong secret, no secret and missing headers", () => {
    const tampered = Buffer.from(VECTOR.body);
    tampered[tampered.length - 2] ^= 0x01;
    expect(verifyStandardWebhook(ctx({ body: tampered })).ok).toBe(false);
    expect(verifyStandardWebhook(ctx({ secret: "whsec_" + Buffer.from("another key of 24 bytes!").toString("base64") })).ok).toBe(false);
    expect(verifyStandardWebhook(ctx({ secret: undefined })).ok).toBe(false);
    expect(verifyStandardWebhook(ctx({ secret: "whsec_" })).ok).toBe(false);
    expect(verifyStandardWebhook(ctx({ headers: { "webhook-id": VECTOR.id, "webhook-timestamp": VECTOR.timestamp } })).ok).toBe(false);
    expect(verifyStandardWebhook(ctx({ headers: { "webhook-timestamp": VECTOR.timestamp, "webhook-signature": VECTOR.signature } })).ok).toBe(false);
  });

  it("enforces the 5-minute window both ways", () => {
    const t = Number(VECTOR.timestamp);
    expect(verifyStandardWebhook(ctx({ nowSeconds: t + 300 })).ok).toBe(true);
    expect(verifyStandardWebhook(ctx({ nowSeconds: t + 301 })).ok).toBe(false);
    expect(verifyStandardWebhook(ctx({ nowSeconds: t - 301 })).ok).toBe(false);
    expect(verifyStandardWebhook(ctx({ headers: { "webhook-id": VECTOR.id, "webhook-timestamp": "hello", "webhook-signature": VECTOR.signature } })).ok).toBe(false);
  });

  it("keys with the base64 after whsec_, and with the raw UTF-8 bytes of an unprefixed secret", () => {
    expect(standardWebhooksKey(VECTOR.secret)).toEqual(Buffer.from("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "base64"));
    expect(standardWebhooksKey("plain-secret")).toEqual(Buffer.from("plain-secret", "utf8"));
    // Unprefixed secrets are used as raw bytes here (the reference libraries base64-decode them instead).
    const signed = "v1," + createHmac("sha256", "plain-secret").update(`${VECTOR.id}.${VECTOR.timestamp}.${VECTOR.body}`).digest("base64");
    expect(verifyStandardWebhook(ctx({ secret: "plain-secret", headers: { "webhook-id": VECTOR.id, "webhook-timestamp": VECTOR.timestamp, "webhook-signature": signed } }))).toEqual({ ok: true });
  });
});
