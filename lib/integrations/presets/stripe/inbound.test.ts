import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Verdict, VerifyContext } from "../../../inbound/types";
import { STRIPE_TRIGGERS } from "./events";
import { stripeInbound } from "./inbound";

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/stripe/ep_123";
const SECRET = "whsec_hookyard_test_0123456789abcdef";
const fixture = (name: string) => readFileSync(path.join(__dirname, "fixtures", name));

function ctx(body: Buffer | string, headers: Record<string, string>, opts: { secret?: string; now?: number } = {}): VerifyContext {
  return {
    request: { method: "POST", url: new URL(WEBHOOK_URL), headers: new Headers(headers), rawBody: Buffer.isBuffer(body) ? body : Buffer.from(body) },
    secret: "secret" in opts ? opts.secret : SECRET,
    config: {},
    webhookUrl: WEBHOOK_URL,
    now: opts.now ?? Date.now(),
  };
}

/** stripeInbound.verify is synchronous (no fetch); this fails loudly if it ever returns a promise. */
function verify(c: VerifyContext): Verdict {
  const verdict = stripeInbound.verify(c);
  if (verdict instanceof Promise) throw new Error("expected a synchronous verdict");
  return verdict;
}

/** Signs like Stripe: t=<seconds>,v1=hex(HMAC-SHA256(secret, "<t>.<body>")). */
function sign(body: Buffer, t: number, secret = SECRET): string {
  const v1 = createHmac("sha256", secret)
    .update(Buffer.concat([Buffer.from(`${t}.`), body]))
    .digest("hex");
  return `t=${t},v1=${v1}`;
}

describe("stripe inbound: Stripe's own published vector", () => {
  // From stripe-dotnet's SDK tests: src/StripeTests/Services/Events/EventUtilityTest.cs with the
  // body src/StripeTests/Resources/event_test_signature.json (LF line endings, trailing newline),
  // secret "webhook_secret", t=1533204620, and the v1/v0 header below.
  // https://github.com/stripe/stripe-dotnet/blob/master/src/StripeTests/Services/Events/EventUtilityTest.cs
  const body =
    '{\n  "id": "evt_123",\n  "object": "event",\n  "account": "acct_123",\n  "api_version": "2017-05-25",\n  "created": 1533204620,\n' +
    '  "data": {\n    "object": {\n      "id": "cus_123",\n      "object": "customer",\n      "created": 123456789,\n      "email": "test@stripe.com",\n' +
    '      "livemode": false,\n      "metadata": {}\n    }\n  },\n  "livemode": false,\n  "pending_webhooks": 1,\n  "request": {\n    "id": "req_123",\n' +
    '    "idempotency_key": "idempotency-key-123"\n  },\n  "type": "customer.created"\n}\n';
  const signature = "t=1533204620,v1=2220f87ef101a04665f11cdf770523143f875572008577fa0f20882ddb9cc3c7,v0=63f3a72374a733066c4be69ed7f8e5ac85c22c9f0a6a612ab9a025a9e4ee7eef";
  const now = (1533204620 + 100) * 1000; // the SDK test's "fake current timestamp"

  it("verifies with the SDK test's secret and timestamp", () => {
    expect(verify(ctx(body, { "Stripe-Signature": signature }, { secret: "webhook_secret", now }))).toEqual({ ok: true });
  });

  it("rejects it once outside the 300 s tolerance, and with a changed body", () => {
    expect(verify(ctx(body, { "Stripe-Signature": signature }, { secret: "webhook_secret", now: (1533204620 + 400) * 1000 })).ok).toBe(false);
    expect(verify(ctx(body + "this_changes_the_json", { "Stripe-Signature": signature }, { secret: "webhook_secret", now })).ok).toBe(false);
  });

  it("reads its type, id and Connect account", () => {
    const event = stripeInbound.parse(ctx(body, {}).request);
    expect(stripeInbound.eventType(event, ctx(body, {}).request)).toBe("customer.created");
    expect(stripeInbound.deliveryId(event, ctx(body, {}).request)).toBe("evt_123");
    expect(stripeInbound.trigger(event, "customer.created")).toBeUndefined();
    expect(stripeInbound.identify(event)).toBe("acct_123");
  });
});

// The fixtures are signed here with node:crypto (no published signature exists for them).
describe.each([
  ["payment-intent-succeeded.json", "stripe_trigger_payment_succeeded", "Payment of $20.00 succeeded (Order #1042)", "https://dashboard.stripe.com/test/payments/pi_3PqXnLLkdIwHu7ix0aXv9Q1c"],
  [
    "payment-intent-payment-failed.json",
    "stripe_trigger_payment_failed",
    "Payment of $49.00 failed: Your card has insufficient funds. (Order #1043)",
    "https://dashboard.stripe.com/test/payments/pi_3PqYb2LkdIwHu7ix1sR4mK8w",
  ],
  [
    "checkout-session-completed.json",
    "stripe_trigger_checkout_completed",
    "Jenny Rosen completed a Checkout payment session for $30.00",
    "https://dashboard.stripe.com/test/payments/pi_3PqZ4tLkdIwHu7ix0Dh5Jk2m",
  ],
  [
    "customer-subscription-created.json",
    "stripe_trigger_subscription_created",
    "Customer cus_Na6dX7aXxi11N4 started subscription sub_1Pqa9QLkdIwHu7ixeRlqHVzs (Pro monthly, $15.00/month)",
    "https://dashboard.stripe.com/test/subscriptions/sub_1Pqa9QLkdIwHu7ixeRlqHVzs",
  ],
  [
    "customer-subscription-deleted.json",
    "stripe_trigger_subscription_deleted",
    "Customer cus_Na6dX7aXxi11N4 ended subscription sub_1Pqa9QLkdIwHu7ixeRlqHVzs (Pro monthly, $15.00/month)",
    "https://dashboard.stripe.com/test/subscriptions/sub_1Pqa9QLkdIwHu7ixeRlqHVzs",
  ],
  ["invoice-paid.json", "stripe_trigger_invoice_paid", "Invoice 8C4E2F1A-0001 was paid: $15.00 by jenny.rosen@example.com", "https://dashboard.stripe.com/test/invoices/in_1Pqa9QLkdIwHu7ixB0nR2xKd"],
  [
    "charge-refunded.json",
    "stripe_trigger_charge_refunded",
    "Refunded $20.00 of $20.00 on charge ch_3PqXnLLkdIwHu7ix0JqT8aNe (Order #1042)",
    "https://dashboard.stripe.com/test/payments/pi_3PqXnLLkdIwHu7ix0aXv9Q1c",
  ],
])("stripe inbound: %s", (file, triggerValue, text, sourceUrl) => {
  const body = fixture(file);
  const sample = JSON.parse(body.toString("utf8"));
  const t = 1724424600;
  const now = t * 1000 + 30_000;

  it("verifies a correctly signed request", () => {
    expect(verify(ctx(body, { "Stripe-Signature": sign(body, t) }, { now }))).toEqual({ ok: true });
  });

  it("accepts any v1 while a secret is being rolled", () => {
    const other = sign(body, t, "whsec_old_secret").split(",")[1];
    expect(verify(ctx(body, { "Stripe-Signature": `${sign(body, t)},${other}` }, { now })).ok).toBe(true);
    expect(verify(ctx(body, { "Stripe-Signature": `t=${t},${other},${sign(body, t).split(",")[1]}` }, { now })).ok).toBe(true);
  });

  it("rejects a tampered byte, a wrong secret, no secret, a stale timestamp and a missing header", () => {
    const tampered = Buffer.from(body);
    tampered[tampered.length - 3] ^= 1;
    expect(verify(ctx(tampered, { "Stripe-Signature": sign(body, t) }, { now })).ok).toBe(false);
    expect(verify(ctx(body, { "Stripe-Signature": sign(body, t, "whsec_wrong") }, { now })).ok).toBe(false);
    expect(verify(ctx(body, { "Stripe-Signature": sign(body, t) }, { now, secret: undefined })).ok).toBe(false);
    expect(verify(ctx(body, { "Stripe-Signature": sign(body, t) }, { now: now + 6 * 60_000 })).ok).toBe(false);
    expect(verify(ctx(body, {}, { now })).ok).toBe(false);
  });

  it("parses, identifies and processes the event", () => {
    const request = ctx(body, {}).request;
    const event = stripeInbound.parse(request);
    expect(event).toEqual(sample);
    const type = stripeInbound.eventType(event, request);
    expect(type).toBe(sample.type);
    expect(stripeInbound.deliveryId(event, request)).toBe(sample.id);
    expect(stripeInbound.trigger(event, type)).toBe(triggerValue);
    const trigger = STRIPE_TRIGGERS.find((x) => x.value === triggerValue)!;
    expect(trigger.schema.safeParse(event).success).toBe(true);
    expect(stripeInbound.identify(event)).toBe(sample.data.object.customer);
    expect(stripeInbound.process(event)).toEqual([{ text, sourceUrl }]);
  });
});

describe.each(STRIPE_TRIGGERS.map((t) => [t.value, t] as const))("stripe inbound: testRequest for %s", (_value, trigger) => {
  const now = 1724424600_000;
  const build = () => stripeInbound.testRequest!({ sample: trigger.sample, trigger: trigger.value, secret: SECRET, config: {}, webhookUrl: WEBHOOK_URL, now });
  const asContext = (tr: ReturnType<typeof build>): VerifyContext => {
    const c = ctx(tr.body, tr.headers, { now });
    return { ...c, request: { ...c.request, url: new URL(WEBHOOK_URL + (tr.query ?? "")) } };
  };

  it("is signed as Stripe signs and maps back to the trigger", () => {
    const tr = build();
    expect(tr.method).toBe("POST");
    expect(stripeInbound.contentTypes).toContain(tr.headers["content-type"].split(";")[0]);
    const c = asContext(tr);
    expect(verify(c)).toEqual({ ok: true });
    expect(verify({ ...c, secret: "whsec_other" }).ok).toBe(false);
    expect(verify({ ...c, now: now + 6 * 60_000 }).ok).toBe(false);
    const payload = stripeInbound.parse(c.request);
    expect(payload).toEqual({ ...(trigger.sample as object), id: expect.stringMatching(/^evt_[0-9A-Za-z]{24}$/) });
    for (const event of stripeInbound.split ? stripeInbound.split(payload) : [payload]) {
      expect(stripeInbound.trigger(event, stripeInbound.eventType(event, c.request))).toBe(trigger.value);
      expect(trigger.schema.safeParse(event).success).toBe(true);
    }
  });

  it("gives every call a fresh evt_… id, Stripe's dedupe id (Stripe sends no delivery header)", () => {
    const [a, b] = [asContext(build()).request, asContext(build()).request];
    const [idA, idB] = [stripeInbound.deliveryId(stripeInbound.parse(a), a), stripeInbound.deliveryId(stripeInbound.parse(b), b)];
    expect(idA).toMatch(/^evt_/);
    expect(idA).not.toBe(idB);
    expect(idA).not.toBe((trigger.sample as { id: string }).id);
  });
});
