// PayPal inbound: no shared secret. Each delivery is signed with PayPal's RSA key over
// "<transmission id>|<transmission time>|<webhook id>|<crc32 of the raw body>", checked with
// the public key of the certificate PAYPAL-CERT-URL points to (fetched once, then cached).
import "server-only";
import { verify as rsaVerify } from "node:crypto";
import type { Activity, InboundSpec } from "../../../inbound/types";
import { header, OK, parseJson, reject, requireSecret, timestampWithin } from "../../../inbound/verify-helpers";
import { crc32, isAllowedCertUrl, paypalCertificate } from "./cert";

type Rec = Record<string, unknown>;
const rec = (value: unknown): Rec => (value && typeof value === "object" && !Array.isArray(value) ? (value as Rec) : {});
const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

const TRIGGERS: Record<string, string> = {
  "PAYMENT.CAPTURE.COMPLETED": "paypal_trigger_payment_capture_completed",
  "PAYMENT.CAPTURE.REFUNDED": "paypal_trigger_payment_capture_refunded",
  "CHECKOUT.ORDER.APPROVED": "paypal_trigger_checkout_order_approved",
  "BILLING.SUBSCRIPTION.ACTIVATED": "paypal_trigger_billing_subscription_activated",
};

const money = (amount: unknown) => `${rec(amount).value} ${rec(amount).currency_code}`;
const personName = (person: Rec) => [str(rec(person.name).given_name), str(rec(person.name).surname)].filter(Boolean).join(" ") || str(person.email_address);

function describe(event: Rec): Activity[] {
  const resource = rec(event.resource);
  const links = [...(Array.isArray(event.links) ? event.links : []), ...(Array.isArray(resource.links) ? resource.links : [])];
  const sandbox = links.some((link) => String(rec(link).href).includes(".sandbox.paypal.com"));
  const site = sandbox ? "https://www.sandbox.paypal.com" : "https://www.paypal.com";
  const invoice = str(resource.invoice_id) ? ` (invoice ${resource.invoice_id})` : "";
  switch (event.event_type) {
    case "PAYMENT.CAPTURE.COMPLETED":
      return [{ text: `Payment of ${money(resource.amount)} captured${invoice}`, sourceUrl: `${site}/activity/payment/${resource.id}` }];
    case "PAYMENT.CAPTURE.REFUNDED": {
      const note = str(resource.note_to_payer) ? `: ${resource.note_to_payer}` : "";
      return [{ text: `Refund of ${money(resource.amount)} issued${invoice}${note}`, sourceUrl: `${site}/activity/payment/${resource.id}` }];
    }
    case "CHECKOUT.ORDER.APPROVED": {
      const unit = rec((resource.purchase_units as unknown[] | undefined)?.[0]);
      const who = personName(rec(resource.payer)) ?? "The buyer";
      // An approved order has no merchant page until it is captured.
      return [{ text: `${who} approved checkout order ${resource.id} for ${money(unit.amount)}`, sourceUrl: null }];
    }
    case "BILLING.SUBSCRIPTION.ACTIVATED": {
      const who = personName(rec(resource.subscriber));
      return [{ text: `Subscription ${resource.id} (plan ${resource.plan_id}) activated${who ? ` for ${who}` : ""}`, sourceUrl: `${site}/billing/subscriptions/${resource.id}` }];
    }
    default:
      return str(event.summary) ? [{ text: String(event.summary), sourceUrl: null }] : [];
  }
}

export const paypalInbound: InboundSpec = {
  contentTypes: ["application/json"],

  // https://developer.paypal.com/api/rest/webhooks/rest/ ("Verify the signature") — the
  // signed message is transmissionId|transmissionTime|webhookId|crc32(raw body) (unsigned
  // decimal), verified as SHA256withRSA against PAYPAL-TRANSMISSION-SIG with the public key of
  // the certificate at PAYPAL-CERT-URL. The webhook ID is the one PayPal lists for this URL.
  async verify(ctx) {
    // The webhook ID setting; a Webhook ID pasted as the signing secret works too.
    const webhookId = str(ctx.config.webhook_id) ?? requireSecret(ctx);
    if (typeof webhookId !== "string") return reject("no PayPal webhook ID is configured for this endpoint");
    const transmissionId = header(ctx, "paypal-transmission-id");
    const transmissionTime = header(ctx, "paypal-transmission-time");
    const signature = header(ctx, "paypal-transmission-sig");
    const certUrl = header(ctx, "paypal-cert-url");
    if (!transmissionId || !transmissionTime || !signature || !certUrl) return reject("missing PayPal transmission headers");
    if (header(ctx, "paypal-auth-algo") !== "SHA256withRSA") return reject("unsupported PAYPAL-AUTH-ALGO");
    const sentAt = Date.parse(transmissionTime);
    const fresh = timestampWithin(ctx, Number.isNaN(sentAt) ? null : sentAt, "ms");
    if (!fresh.ok) return fresh;
    if (!isAllowedCertUrl(certUrl)) return reject("PAYPAL-CERT-URL is not an https paypal.com URL");
    let certificate;
    try {
      certificate = await paypalCertificate(certUrl);
    } catch {
      return reject("the PayPal certificate could not be fetched");
    }
    if (ctx.now < Date.parse(certificate.validFrom) || ctx.now > Date.parse(certificate.validTo)) return reject("the PayPal certificate is not valid now");
    const message = `${transmissionId}|${transmissionTime}|${webhookId}|${crc32(ctx.request.rawBody)}`;
    try {
      return rsaVerify("sha256", Buffer.from(message, "utf8"), certificate.publicKey, Buffer.from(signature, "base64")) ? OK : reject("PAYPAL-TRANSMISSION-SIG does not verify");
    } catch {
      return reject("PAYPAL-TRANSMISSION-SIG cannot be checked with that certificate");
    }
  },

  parse: (request) => parseJson(request.rawBody),
  eventType: (event) => str(rec(event).event_type),
  // The event id (WH-…) stays the same when PayPal resends an event; the transmission id does not.
  deliveryId: (event) => str(rec(event).id),
  trigger: (_event, eventType) => (eventType ? TRIGGERS[eventType] : undefined),
  /** The merchant (payee) when the resource names one, else the payer or subscriber. */
  identify(event) {
    const resource = rec(rec(event).resource);
    const unit = rec((resource.purchase_units as unknown[] | undefined)?.[0]);
    return str(rec(unit.payee).merchant_id) ?? str(rec(resource.payee).merchant_id) ?? str(rec(resource.payer).payer_id) ?? str(rec(resource.subscriber).payer_id);
  },
  process: (event) => describe(rec(event)),
  // No testRequest: PayPal signs with the private key behind its own certificate (SHA256withRSA),
  // which Hookyard never holds, so it cannot build a delivery that verify() would accept.
};
