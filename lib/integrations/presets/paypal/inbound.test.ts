import { execFileSync } from "node:child_process";
import { generateKeyPairSync, sign as rsaSign } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { VerifyContext } from "../../../inbound/types";
import { crc32, isAllowedCertUrl, PAYPAL_CERT_BASE_ENV } from "./cert";
import { PAYPAL_TRIGGERS } from "./events";
import { paypalInbound } from "./inbound";

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/paypal/ep_123";
const WEBHOOK_ID = "8PT597110X687430LKGECATA";

// A throwaway self-signed certificate made with the openssl CLI, served from 127.0.0.1 and used
// through the HOOKYARD_PROVIDER_PAYPAL_CERT_BASE override. PayPal publishes no fixed signature
// vector (its certificates rotate), so every signature here is made with node:crypto.
let dir: string;
let privateKey: string;
let server: Server;
let base: string;
let certHits = 0;
const previousOverride = process.env[PAYPAL_CERT_BASE_ENV];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "hookyard-paypal-"));
  const [key, cert] = [path.join(dir, "key.pem"), path.join(dir, "cert.pem")];
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=messageverificationcerts.paypal.test"], { stdio: "ignore" });
  privateKey = readFileSync(key, "utf8");
  const pem = readFileSync(cert, "utf8");
  server = createServer((req, res) => {
    if (req.url?.startsWith("/v1/notifications/certs/CERT-")) {
      certHits++;
      res.writeHead(200, { "content-type": "application/x-pem-file" }).end(pem);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  process.env[PAYPAL_CERT_BASE_ENV] = base;
});

afterAll(async () => {
  if (previousOverride === undefined) delete process.env[PAYPAL_CERT_BASE_ENV];
  else process.env[PAYPAL_CERT_BASE_ENV] = previousOverride;
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

type Opts = { config?: Record<string, unknown>; secret?: string; now?: number };
function ctx(body: Buffer, headers: Record<string, string>, opts: Opts = {}): VerifyContext {
  return {
    request: { method: "POST", url: new URL(WEBHOOK_URL), headers: new Headers(headers), rawBody: body },
    secret: opts.secret,
    config: opts.config ?? { webhook_id: WEBHOOK_ID },
    webhookUrl: WEBHOOK_URL,
    now: opts.now ?? Date.now(),
  };
}

/** Signs like PayPal: SHA256withRSA over "id|time|webhookId|crc32(body)". */
function paypalHeaders(body: Buffer, o: { time?: string; webhookId?: string; key?: string; certPath?: string; id?: string } = {}) {
  const id = o.id ?? "b2384410-f8d2-11ef-9b4b-6d1c3fd0e2f5";
  const time = o.time ?? new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  const message = `${id}|${time}|${o.webhookId ?? WEBHOOK_ID}|${crc32(body)}`;
  return {
    "Content-Type": "application/json",
    "PAYPAL-TRANSMISSION-ID": id,
    "PAYPAL-TRANSMISSION-TIME": time,
    "PAYPAL-TRANSMISSION-SIG": rsaSign("sha256", Buffer.from(message), o.key ?? privateKey).toString("base64"),
    "PAYPAL-CERT-URL": `${base}${o.certPath ?? "v1/notifications/certs/CERT-360caa42-fca2a594-a5cafa77"}`,
    "PAYPAL-AUTH-ALGO": "SHA256withRSA",
  };
}

describe("paypal inbound: CRC32 and the certificate URL rule", () => {
  it("matches the CRC-32 check value of the IEEE polynomial: crc32('123456789') = 0xCBF43926", () => {
    // The standard check value (e.g. the CRC RevEng catalogue, CRC-32/ISO-HDLC: check=0xcbf43926).
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
    expect(crc32(Buffer.from([0xff, 0xff, 0xff, 0xff]))).toBe(0xffffffff);
  });

  it("allows https paypal.com certificate URLs and the test prefix only", () => {
    expect(isAllowedCertUrl("https://api.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-a5cafa77")).toBe(true);
    expect(isAllowedCertUrl("https://api.sandbox.paypal.com/v1/notifications/certs/CERT-1")).toBe(true);
    expect(isAllowedCertUrl(`${base}v1/notifications/certs/CERT-1`)).toBe(true);
    for (const bad of [
      "http://api.paypal.com/cert",
      "https://api.paypal.com.evil.io/cert",
      "https://evilpaypal.com/cert",
      "https://user@api.paypal.com/cert",
      "https://api.paypal.com:8443/cert",
      "not a url",
    ]) {
      expect(isAllowedCertUrl(bad), bad).toBe(false);
    }
  });
});

describe.each([
  [
    "payment-capture-completed.json",
    "paypal_trigger_payment_capture_completed",
    "Payment of 49.00 USD captured (invoice INV-2025-0142)",
    "https://www.paypal.com/activity/payment/3C679366HH908993F",
    null,
  ],
  [
    "payment-capture-refunded.json",
    "paypal_trigger_payment_capture_refunded",
    "Refund of 49.00 USD issued (invoice INV-2025-0142): Order cancelled at the customer's request",
    "https://www.paypal.com/activity/payment/1JU08902781691411",
    null,
  ],
  ["checkout-order-approved.json", "paypal_trigger_checkout_order_approved", "John Doe approved checkout order 5O190127TN364715T for 49.00 USD", null, "C7CYMKZDG8D6E"],
  [
    "billing-subscription-activated.json",
    "paypal_trigger_billing_subscription_activated",
    "Subscription I-BW452GLLEP1G (plan P-5ML4271244454362WXNWU5NQ) activated for John Doe",
    "https://www.paypal.com/billing/subscriptions/I-BW452GLLEP1G",
    "2J6QB8YJQSJRJ",
  ],
])("paypal inbound: %s", (file, triggerValue, text, sourceUrl, account) => {
  const body = readFileSync(path.join(__dirname, "fixtures", file));
  const sample = JSON.parse(body.toString("utf8"));

  it("verifies a correctly signed delivery, fetching the certificate once", async () => {
    expect(await paypalInbound.verify(ctx(body, paypalHeaders(body)))).toEqual({ ok: true });
    expect(await paypalInbound.verify(ctx(body, paypalHeaders(body)))).toEqual({ ok: true });
    expect(certHits).toBe(1); // one fetch for the whole file: the certificate is cached by URL
    // A Webhook ID saved as the signing secret instead of the setting also works.
    expect(await paypalInbound.verify(ctx(body, paypalHeaders(body), { config: {}, secret: WEBHOOK_ID }))).toEqual({ ok: true });
  });

  it("rejects a tampered byte, another webhook ID, no webhook ID, a stale time and another key", async () => {
    const headers = paypalHeaders(body);
    const tampered = Buffer.from(body);
    tampered[30] ^= 1;
    expect((await paypalInbound.verify(ctx(tampered, headers))).ok).toBe(false);
    expect((await paypalInbound.verify(ctx(body, headers, { config: { webhook_id: "1JE4291016473214C" } }))).ok).toBe(false);
    expect((await paypalInbound.verify(ctx(body, headers, { config: {} }))).ok).toBe(false);
    expect((await paypalInbound.verify(ctx(body, headers, { now: Date.now() + 6 * 60_000 }))).ok).toBe(false);
    const stranger = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    expect((await paypalInbound.verify(ctx(body, paypalHeaders(body, { key: stranger })))).ok).toBe(false);
    expect((await paypalInbound.verify(ctx(body, { ...headers, "PAYPAL-AUTH-ALGO": "SHA1withRSA" }))).ok).toBe(false);
    const { "PAYPAL-TRANSMISSION-SIG": _dropped, ...unsigned } = headers;
    expect((await paypalInbound.verify(ctx(body, unsigned))).ok).toBe(false);
  });

  it("refuses certificate URLs off paypal.com without fetching them, and a missing certificate", async () => {
    const headers = paypalHeaders(body);
    const before = certHits;
    for (const certUrl of ["https://evil.example.com/v1/notifications/certs/CERT-1", "http://api.paypal.com/v1/notifications/certs/CERT-1"]) {
      expect((await paypalInbound.verify(ctx(body, { ...headers, "PAYPAL-CERT-URL": certUrl }))).ok).toBe(false);
    }
    expect((await paypalInbound.verify(ctx(body, paypalHeaders(body, { certPath: "missing.pem" })))).ok).toBe(false);
    expect(certHits).toBe(before);
  });

  it("parses, identifies and processes the event", () => {
    const request = ctx(body, {}).request;
    const event = paypalInbound.parse(request);
    expect(event).toEqual(sample);
    const type = paypalInbound.eventType(event, request);
    expect(type).toBe(sample.event_type);
    expect(paypalInbound.deliveryId(event, request)).toBe(sample.id);
    expect(paypalInbound.trigger(event, type)).toBe(triggerValue);
    const trigger = PAYPAL_TRIGGERS.find((x) => x.value === triggerValue)!;
    expect(trigger.schema.safeParse(event).success).toBe(true);
    expect(paypalInbound.identify(event)).toBe(account);
    expect(paypalInbound.process(event)).toEqual([{ text, sourceUrl }]);
  });
});

describe("paypal inbound: no testRequest", () => {
  it("is absent: only PayPal holds the private key behind its certificate", () => {
    expect(paypalInbound.testRequest).toBeUndefined();
  });
});
