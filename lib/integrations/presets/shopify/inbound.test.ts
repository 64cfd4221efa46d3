import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Verdict, VerifyContext } from "../../../inbound/types";
import { SHOPIFY_TRIGGERS } from "./events";
import { shopifyInbound } from "./inbound";

const WEBHOOK_URL = "https://hooks.example.com/api/webhooks/shopify/ep_123";
const SECRET = "shpss_hookyard_test_client_secret";
const fixture = (name: string) => readFileSync(path.join(__dirname, "fixtures", name));

function ctx(body: Buffer | string, headers: Record<string, string>, secret: string | null = SECRET): VerifyContext {
  return {
    request: { method: "POST", url: new URL(WEBHOOK_URL), headers: new Headers(headers), rawBody: Buffer.isBuffer(body) ? body : Buffer.from(body) },
    secret: secret ?? undefined,
    config: {},
    webhookUrl: WEBHOOK_URL,
    now: Date.now(),
  };
}

/** shopifyInbound.verify is synchronous (no fetch); this fails loudly if it ever returns a promise. */
function verify(c: VerifyContext): Verdict {
  const verdict = shopifyInbound.verify(c);
  if (verdict instanceof Promise) throw new Error("expected a synchronous verdict");
  return verdict;
}

const sign = (body: Buffer | string, secret = SECRET) => createHmac("sha256", secret).update(body).digest("base64");

describe("shopify inbound: Shopify's own published vector", () => {
  // From Shopify's shopify-api-js SDK tests (packages/apps/shopify-api/lib/webhooks/__tests__/validate.test.ts):
  // raw body '{"foo": "bar"}' with the test config's apiSecretKey 'test_secret_key'
  // (lib/__tests__/test-config.ts) has the HMAC 'B23tXN681gZ0qIWNRrgtzBE9XSDo5yaUu6wfmhu3a7g='.
  // https://github.com/Shopify/shopify-app-js/blob/main/packages/apps/shopify-api/lib/webhooks/__tests__/validate.test.ts
  const headers = {
    "X-Shopify-Hmac-Sha256": "B23tXN681gZ0qIWNRrgtzBE9XSDo5yaUu6wfmhu3a7g=",
    "X-Shopify-Topic": "products/create",
    "X-Shopify-Webhook-Id": "123456789",
    "X-Shopify-Shop-Domain": "shop1.myshopify.io",
    "X-Shopify-API-Version": "2023-01",
  };

  it("verifies with the SDK test's secret", () => {
    expect(verify(ctx('{"foo": "bar"}', headers, "test_secret_key"))).toEqual({ ok: true });
    const request = ctx('{"foo": "bar"}', headers).request;
    expect(shopifyInbound.eventType({}, request)).toBe("products/create");
    expect(shopifyInbound.deliveryId({}, request)).toBe("123456789");
  });

  it("rejects a re-serialized body and another secret", () => {
    expect(verify(ctx('{"foo":"bar"}', headers, "test_secret_key")).ok).toBe(false);
    expect(verify(ctx('{"foo": "bar"}', headers, "other_secret")).ok).toBe(false);
  });
});

// The fixtures are signed here with node:crypto (no published signature exists for them).
describe.each([
  ["orders-create.json", "orders/create", "New order #1042 from Jon Snow: 2 items, 427.85 USD", "https://jsmith.myshopify.com/admin/orders/5912345678901", "jsmith.myshopify.com"],
  ["orders-paid.json", "orders/paid", "Order #1042 was paid: 427.85 USD by Jon Snow", "https://jsmith.myshopify.com/admin/orders/5912345678901", "jsmith.myshopify.com"],
  ["orders-fulfilled.json", "orders/fulfilled", "Order #1042 (2 items, 427.85 USD) was fulfilled via UPS 1Z2345", "https://jsmith.myshopify.com/admin/orders/5912345678901", "jsmith.myshopify.com"],
  ["products-create.json", "products/create", 'Product "Example T-Shirt" by Acme was created with 2 variants', null, null],
  ["customers-create.json", "customers/create", "New customer Bob Biller <bob@biller.com>", null, null],
  ["app-uninstalled.json", "app/uninstalled", "Super Toys (super-toys.myshopify.com) uninstalled the app", "https://super-toys.myshopify.com/admin/", "super-toys.myshopify.com"],
])("shopify inbound: %s", (file, topic, text, sourceUrl, shop) => {
  const body = fixture(file);
  const headers = {
    "Content-Type": "application/json",
    "X-Shopify-Hmac-Sha256": sign(body),
    "X-Shopify-Topic": topic,
    "X-Shopify-Webhook-Id": "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
    "X-Shopify-Event-Id": "98880550-7158-44d4-b7cd-2c97c8a091b5",
    "X-Shopify-Shop-Domain": shop ?? "jsmith.myshopify.com",
    "X-Shopify-API-Version": "2024-07",
  };

  it("verifies a correctly signed request", () => {
    expect(verify(ctx(body, headers))).toEqual({ ok: true });
  });

  it("rejects a tampered byte, a wrong secret, no secret and a missing header", () => {
    const tampered = Buffer.from(body);
    tampered[10] ^= 1;
    expect(verify(ctx(tampered, headers)).ok).toBe(false);
    expect(verify(ctx(body, headers, "wrong-secret")).ok).toBe(false);
    expect(verify(ctx(body, headers, null)).ok).toBe(false);
    const { "X-Shopify-Hmac-Sha256": _dropped, ...unsigned } = headers;
    expect(verify(ctx(body, unsigned)).ok).toBe(false);
  });

  it("parses, identifies and processes the event", () => {
    const request = ctx(body, headers).request;
    const event = shopifyInbound.parse(request);
    expect(event).toEqual(JSON.parse(body.toString("utf8")));
    const type = shopifyInbound.eventType(event, request);
    expect(type).toBe(topic);
    expect(shopifyInbound.deliveryId(event, request)).toBe("b54557e4-bdd9-4b37-8a5f-bf7d70bcd043");
    const value = shopifyInbound.trigger(event, type);
    const trigger = SHOPIFY_TRIGGERS.find((x) => x.value === value)!;
    expect(trigger.schema.safeParse(event).success).toBe(true);
    expect(shopifyInbound.identify(event)).toBe(shop);
    expect(shopifyInbound.process(event)).toEqual([{ text, sourceUrl }]);
  });
});

describe("shopify inbound: delivery id fallback and unknown topics", () => {
  it("uses X-Shopify-Event-Id when X-Shopify-Webhook-Id is absent, and ignores topics without a trigger", () => {
    const request = ctx("{}", { "X-Shopify-Event-Id": "evt-1", "X-Shopify-Topic": "orders/updated" }).request;
    expect(shopifyInbound.deliveryId({}, request)).toBe("evt-1");
    expect(shopifyInbound.trigger({}, shopifyInbound.eventType({}, request))).toBeUndefined();
  });
});

describe.each(SHOPIFY_TRIGGERS.map((t) => [t.value, t] as const))("shopify inbound: testRequest for %s", (_value, trigger) => {
  const build = () => shopifyInbound.testRequest!({ sample: trigger.sample, trigger: trigger.value, secret: SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: Date.now() });
  const asContext = (tr: ReturnType<typeof build>, secret: string | null = SECRET): VerifyContext => {
    const c = ctx(tr.body, tr.headers, secret);
    return { ...c, request: { ...c.request, url: new URL(WEBHOOK_URL + (tr.query ?? "")) } };
  };

  it("is signed as Shopify signs and its topic maps back to the trigger", () => {
    const tr = build();
    expect(tr.method).toBe("POST");
    expect(shopifyInbound.contentTypes).toContain(tr.headers["content-type"].split(";")[0]);
    const c = asContext(tr);
    expect(verify(c)).toEqual({ ok: true });
    expect(verify(asContext(tr, "wrong-secret")).ok).toBe(false);
    const payload = shopifyInbound.parse(c.request);
    expect(payload).toEqual(trigger.sample);
    for (const event of shopifyInbound.split ? shopifyInbound.split(payload) : [payload]) {
      expect(shopifyInbound.trigger(event, shopifyInbound.eventType(event, c.request))).toBe(trigger.value);
      expect(trigger.schema.safeParse(event).success).toBe(true);
    }
  });

  it("gets a fresh X-Shopify-Webhook-Id on every call", () => {
    const [a, b] = [asContext(build()).request, asContext(build()).request];
    const [idA, idB] = [shopifyInbound.deliveryId(shopifyInbound.parse(a), a), shopifyInbound.deliveryId(shopifyInbound.parse(b), b)];
    expect(idA).toMatch(/^[0-9a-f-]{36}$/);
    expect(idA).not.toBe(idB);
  });
});

describe("shopify inbound: testRequest for an unknown trigger", () => {
  it("throws instead of sending a topic Shopify never uses", () => {
    expect(() => shopifyInbound.testRequest!({ sample: {}, trigger: "shopify_trigger_nope", secret: SECRET, config: {}, webhookUrl: WEBHOOK_URL, now: Date.now() })).toThrow();
  });
});
