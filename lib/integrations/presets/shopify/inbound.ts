// Shopify inbound: X-Shopify-Hmac-Sha256 over the raw body; the topic and the delivery id are
// headers only (the body is the bare REST resource: Order, Product, Customer, Shop).
import "server-only";
import { randomUUID } from "node:crypto";
import type { Activity, InboundRequest, InboundSpec, TestRequest, TestRequestArgs } from "../../../inbound/types";
import { digestMatches, hmac, header, OK, parseJson, reject, requireSecret } from "../../../inbound/verify-helpers";

type Rec = Record<string, unknown>;
const rec = (value: unknown): Rec => (value && typeof value === "object" && !Array.isArray(value) ? (value as Rec) : {});
const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

export const SHOPIFY_TOPIC_TRIGGERS: Record<string, string> = {
  "orders/create": "shopify_trigger_order_created",
  "orders/paid": "shopify_trigger_order_paid",
  "orders/fulfilled": "shopify_trigger_order_fulfilled",
  "products/create": "shopify_trigger_product_created",
  "customers/create": "shopify_trigger_customer_created",
  "app/uninstalled": "shopify_trigger_app_uninstalled",
};

/** The shop's *.myshopify.com domain when the body carries it (Shop resource, order status URL). */
function shopDomain(event: Rec): string | null {
  const own = str(event.myshopify_domain);
  if (own) return own;
  try {
    const host = new URL(String(event.order_status_url)).hostname;
    return host.endsWith(".myshopify.com") ? host : null;
  } catch {
    return null;
  }
}

const fullName = (person: Rec): string | null => [str(person.first_name), str(person.last_name)].filter(Boolean).join(" ") || str(person.email);

function describe(event: Rec): Activity[] {
  const shop = shopDomain(event);
  const admin = (path: string) => (shop ? `https://${shop}/admin/${path}` : null);
  if (str(event.myshopify_domain) && str(event.shop_owner)) {
    return [{ text: `${event.name} (${event.myshopify_domain}) uninstalled the app`, sourceUrl: admin("") }];
  }
  if (Array.isArray(event.line_items)) {
    const who = fullName(rec(event.customer)) ?? str(event.email);
    const total = `${event.total_price} ${event.currency}`;
    const count = event.line_items.length;
    const items = `${count} item${count === 1 ? "" : "s"}`;
    const orderUrl = admin(`orders/${event.id}`);
    const fulfillments = Array.isArray(event.fulfillments) ? event.fulfillments.map(rec) : [];
    if (fulfillments.length > 0 && event.fulfillment_status === "fulfilled") {
      const tracking = fulfillments.find((f) => str(f.tracking_number));
      const via = tracking ? ` via ${tracking.tracking_company ?? "carrier"} ${tracking.tracking_number}` : "";
      return [{ text: `Order ${event.name} (${items}, ${total}) was fulfilled${via}`, sourceUrl: orderUrl }];
    }
    if (event.financial_status === "paid") return [{ text: `Order ${event.name} was paid: ${total}${who ? ` by ${who}` : ""}`, sourceUrl: orderUrl }];
    return [{ text: `New order ${event.name}${who ? ` from ${who}` : ""}: ${items}, ${total}`, sourceUrl: orderUrl }];
  }
  if (Array.isArray(event.variants)) {
    const count = event.variants.length;
    return [{ text: `Product "${event.title}" by ${event.vendor} was created with ${count} variant${count === 1 ? "" : "s"}`, sourceUrl: admin(`products/${event.id}`) }];
  }
  if (str(event.admin_graphql_api_id)?.startsWith("gid://shopify/Customer/")) {
    return [{ text: `New customer ${fullName(event) ?? event.id}${str(event.email) ? ` <${event.email}>` : ""}`, sourceUrl: admin(`customers/${event.id}`) }];
  }
  return [];
}

/** The API version test requests claim; Shopify renders the body in the subscription's version. */
const TEST_API_VERSION = "2025-07";

/**
 * What Shopify would POST for a sample resource: compact JSON, the topic of the trigger, fresh
 * webhook and event ids (so repeated tests are not duplicates) and the body's HMAC.
 */
function testRequest({ sample, trigger, secret, now }: TestRequestArgs): TestRequest {
  const topic = Object.keys(SHOPIFY_TOPIC_TRIGGERS).find((key) => SHOPIFY_TOPIC_TRIGGERS[key] === trigger);
  if (!topic) throw new Error(`unknown Shopify trigger ${trigger}`);
  const body = JSON.stringify(sample);
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-shopify-topic": topic,
    "x-shopify-hmac-sha256": hmac("sha256", secret, body).toString("base64"),
    "x-shopify-api-version": TEST_API_VERSION,
    "x-shopify-webhook-id": randomUUID(),
    "x-shopify-event-id": randomUUID(),
    "x-shopify-triggered-at": new Date(now).toISOString(),
  };
  const shop = shopDomain(rec(sample));
  if (shop) headers["x-shopify-shop-domain"] = shop;
  return { method: "POST", headers, body };
}

const topicOf = (request: InboundRequest) => request.headers.get("x-shopify-topic");

export const shopifyInbound: InboundSpec = {
  contentTypes: ["application/json"],

  // https://shopify.dev/docs/apps/build/webhooks/verify-deliveries — X-Shopify-Hmac-Sha256 is
  // the base64 HMAC-SHA256 of the raw body keyed with the app's client secret (or the store's
  // notification signing key for webhooks made in the admin). Shopify sends no timestamp to check.
  verify(ctx) {
    const secret = requireSecret(ctx);
    if (typeof secret !== "string") return secret;
    const given = header(ctx, "x-shopify-hmac-sha256");
    if (!given) return reject("missing X-Shopify-Hmac-Sha256 header");
    return digestMatches(hmac("sha256", secret, ctx.request.rawBody), given, "base64") ? OK : reject("X-Shopify-Hmac-Sha256 does not match the body");
  },

  parse: (request) => parseJson(request.rawBody),
  eventType: (_event, request) => topicOf(request),
  // X-Shopify-Webhook-Id stays the same when Shopify retries a delivery; X-Shopify-Event-Id
  // (same for every webhook of one event) is the fallback when it is absent.
  deliveryId: (_event, request) => request.headers.get("x-shopify-webhook-id") ?? request.headers.get("x-shopify-event-id"),
  trigger: (_event, eventType) => (eventType ? SHOPIFY_TOPIC_TRIGGERS[eventType] : undefined),
  /** The shop's myshopify domain; only Shop and Order bodies carry it (X-Shopify-Shop-Domain is a header). */
  identify: (event) => shopDomain(rec(event)),
  process: (event) => describe(rec(event)),
  testRequest,
};
