// Stripe inbound: Stripe-Signature (t=, v1=…) over "<t>.<raw body>", one Event object per
// request. The event id (evt_…) is the delivery id: Stripe resends the same event on retries.
import "server-only";
import { randomBytes } from "node:crypto";
import type { Activity, InboundSpec, TestRequest, TestRequestArgs } from "../../../inbound/types";
import { digestMatches, hmac, header, OK, parseJson, reject, requireSecret, timestampWithin } from "../../../inbound/verify-helpers";

type Rec = Record<string, unknown>;
const rec = (value: unknown): Rec => (value && typeof value === "object" && !Array.isArray(value) ? (value as Rec) : {});
const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

export const STRIPE_EVENT_TRIGGERS: Record<string, string> = {
  "payment_intent.succeeded": "stripe_trigger_payment_succeeded",
  "payment_intent.payment_failed": "stripe_trigger_payment_failed",
  "checkout.session.completed": "stripe_trigger_checkout_completed",
  "customer.subscription.created": "stripe_trigger_subscription_created",
  "customer.subscription.deleted": "stripe_trigger_subscription_deleted",
  "invoice.paid": "stripe_trigger_invoice_paid",
  "charge.refunded": "stripe_trigger_charge_refunded",
};

/** Currencies Stripe counts in whole units (https://docs.stripe.com/currencies#zero-decimal). */
const ZERO_DECIMAL = new Set(["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"]);

export function formatStripeAmount(amount: unknown, currency: unknown): string {
  if (typeof amount !== "number" || typeof currency !== "string") return "an unknown amount";
  const units = ZERO_DECIMAL.has(currency) ? amount : amount / 100;
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(units);
  } catch {
    return `${units} ${currency.toUpperCase()}`;
  }
}

/** Parses "t=…,v1=…,v1=…,v0=…" into the timestamp and every v1 signature. */
function parseSignatureHeader(value: string): { t: string | null; v1: string[] } {
  let t: string | null = null;
  const v1: string[] = [];
  for (const part of value.split(",")) {
    const at = part.indexOf("=");
    if (at < 0) continue;
    const key = part.slice(0, at).trim();
    const val = part.slice(at + 1).trim();
    if (key === "t") t = val;
    else if (key === "v1" && val) v1.push(val);
  }
  return { t, v1 };
}

function describe(event: Rec): Activity[] {
  const object = rec(rec(event.data).object);
  const dashboard = event.livemode === true ? "https://dashboard.stripe.com" : "https://dashboard.stripe.com/test";
  const link = (path: string, id: unknown) => (str(id) ? `${dashboard}/${path}/${id}` : null);
  const eventLink = link("events", event.id);
  const note = str(object.description) ? ` (${object.description})` : "";
  const money = (amount: unknown) => formatStripeAmount(amount, object.currency);
  switch (event.type) {
    case "payment_intent.succeeded":
      return [{ text: `Payment of ${money(object.amount_received ?? object.amount)} succeeded${note}`, sourceUrl: link("payments", object.id) }];
    case "payment_intent.payment_failed": {
      const reason = str(rec(object.last_payment_error).message);
      return [{ text: `Payment of ${money(object.amount)} failed${reason ? `: ${reason}` : ""}${note}`, sourceUrl: link("payments", object.id) }];
    }
    case "checkout.session.completed": {
      const who = str(rec(object.customer_details).name) ?? str(rec(object.customer_details).email) ?? str(object.customer) ?? "A customer";
      const target = link("payments", object.payment_intent) ?? link("subscriptions", object.subscription) ?? link("customers", object.customer);
      return [{ text: `${who} completed a Checkout ${object.mode ?? "payment"} session for ${money(object.amount_total)}`, sourceUrl: target ?? eventLink }];
    }
    case "customer.subscription.created":
    case "customer.subscription.deleted": {
      const price = rec(rec((rec(object.items).data as unknown[] | undefined)?.[0]).price);
      const interval = str(rec(price.recurring).interval);
      const plan = [str(price.nickname), price.unit_amount != null ? `${formatStripeAmount(price.unit_amount, price.currency)}${interval ? `/${interval}` : ""}` : null].filter(Boolean).join(", ");
      const verb = event.type === "customer.subscription.created" ? "started" : "ended";
      return [{ text: `Customer ${object.customer} ${verb} subscription ${object.id}${plan ? ` (${plan})` : ""}`, sourceUrl: link("subscriptions", object.id) }];
    }
    case "invoice.paid": {
      const who = str(object.customer_email) ?? str(object.customer);
      return [{ text: `Invoice ${object.number ?? object.id} was paid: ${money(object.amount_paid)}${who ? ` by ${who}` : ""}`, sourceUrl: link("invoices", object.id) }];
    }
    case "charge.refunded":
      return [
        {
          text: `Refunded ${money(object.amount_refunded)} of ${money(object.amount)} on charge ${object.id}${note}`,
          sourceUrl: link("payments", object.payment_intent) ?? eventLink,
        },
      ];
    default:
      return typeof event.type === "string" ? [{ text: `Stripe event ${event.type}`, sourceUrl: eventLink }] : [];
  }
}

const ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** A fresh id shaped like Stripe's (evt_ + 24 alphanumerics). */
const freshEventId = () => `evt_${Array.from(randomBytes(24), (byte) => ALNUM[byte % ALNUM.length]).join("")}`;

/**
 * What Stripe would POST for a sample Event: the pretty-printed JSON Stripe sends, signed with
 * t = now. Stripe has no delivery-id header: the dedupe id is the event's own evt_… id, so each
 * test gets a fresh one (repeated tests are not duplicates); the rest of the sample is unchanged.
 */
function testRequest({ sample, secret, now }: TestRequestArgs): TestRequest {
  const body = JSON.stringify({ ...rec(sample), id: freshEventId() }, null, 2);
  const t = Math.floor(now / 1000);
  const v1 = hmac("sha256", secret, `${t}.${body}`).toString("hex");
  return {
    method: "POST",
    headers: {
      "content-type": "application/json; charset=utf-8",
      "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
      "stripe-signature": `t=${t},v1=${v1}`,
    },
    body,
  };
}

export const stripeInbound: InboundSpec = {
  contentTypes: ["application/json"],

  // https://docs.stripe.com/webhooks#verify-manually — the signed payload is the t value, a
  // dot and the raw body; HMAC-SHA256 keyed with the whsec_… secret as given; any v1 may match
  // (several are sent while a secret is rolled); default tolerance 5 minutes.
  verify(ctx) {
    const secret = requireSecret(ctx);
    if (typeof secret !== "string") return secret;
    const value = header(ctx, "stripe-signature");
    if (!value) return reject("missing Stripe-Signature header");
    const { t, v1 } = parseSignatureHeader(value);
    if (!t || v1.length === 0) return reject("Stripe-Signature has no t= or v1= element");
    const expected = hmac("sha256", secret, Buffer.concat([Buffer.from(`${t}.`, "utf8"), ctx.request.rawBody]));
    // Compare against every v1 (no early exit) so timing does not reveal which one matched.
    const matched = v1.map((given) => digestMatches(expected, given, "hex")).some(Boolean);
    if (!matched) return reject("no v1 signature matches the payload");
    const fresh = timestampWithin(ctx, t, "s");
    return fresh.ok ? OK : fresh;
  },

  parse: (request) => parseJson(request.rawBody),
  eventType: (event) => str(rec(event).type),
  deliveryId: (event) => str(rec(event).id),
  trigger: (_event, eventType) => (eventType ? STRIPE_EVENT_TRIGGERS[eventType] : undefined),
  /** The connected account (Connect endpoints) or else the customer the object belongs to. */
  identify: (event) => str(rec(event).account) ?? str(rec(rec(rec(event).data).object).customer),
  process: (event) => describe(rec(event)),
  testRequest,
};
