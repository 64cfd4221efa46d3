// Stripe: account and Connect webhook endpoints. Every delivery carries a Stripe-Signature
// header "t=<unix seconds>,v1=<hex>[,v1=<hex>…]" where each v1 is HMAC-SHA256 of
// "<t>.<raw body>" keyed with the endpoint's whsec_… signing secret (several v1 values are
// sent while a secret is being rolled); the timestamp bounds replays (default tolerance 5 min).
// https://docs.stripe.com/webhooks#verify-events
import "server-only";
import { readEventCatalog } from "../../event-catalog";
import type { IntegrationPreset } from "../../types";
import eventCatalogJson from "./event-catalog.json";
import { STRIPE_TRIGGERS } from "./events";
import { stripeInbound } from "./inbound";
import { stripeOAuth } from "./oauth";
import { stripeRemote } from "./remote";

export const stripe: IntegrationPreset = {
  id: "stripe",
  name: "Stripe",
  description: "Payments, Checkout sessions, subscriptions, invoices and refunds from your Stripe account.",
  category: "Business",
  capabilities: ["webhooks", "oauth", "remote-webhooks"],
  scopes: ["read_write"],
  authType: "oauth",
  docsUrl: "https://docs.stripe.com/webhooks",
  color: "#635BFF",
  icon: "/integrations/stripe.svg",
  supportsRemoteRegistration: true,
  retries: {
    level: "sustained",
    summary: "In live mode Stripe retries for up to 3 days with exponential backoff (in a sandbox 3 times over a few hours).",
    docsUrl: "https://docs.stripe.com/webhooks#automatic-retries",
  },
  verification: { scheme: "Stripe-Signature (t=, v1= HMAC-SHA256)", secretSource: "provider", secretLabel: "Signing secret" },
  triggers: STRIPE_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  setupInstructions: [
    "Either connect Stripe under Connections (Stripe Connect OAuth): Hookyard creates the webhook endpoint on your account for the events you selected and keeps the signing secret Stripe returns — the steps below are then done for you.",
    "In the Stripe Dashboard open Developers → Webhooks (Workbench → Webhooks) and choose Add destination / Add endpoint; pick the account (or Connected accounts) and the API version you want events rendered in.",
    "Select the events to send: payment_intent.succeeded, payment_intent.payment_failed, checkout.session.completed, customer.subscription.created, customer.subscription.deleted, invoice.paid and charge.refunded (only those you enabled in Hookyard are processed).",
    "Choose Webhook endpoint as the destination type and paste {webhookUrl} as the Endpoint URL, then create the destination.",
    "On the new destination's page reveal the Signing secret (it starts with whsec_) and copy it. Test mode and live mode endpoints have different secrets.",
    "Back in Hookyard, paste that value into this integration's Signing secret field and save.",
    "Send a test event from the destination page (or run `stripe trigger payment_intent.succeeded` with the Stripe CLI) and check that it shows up in Hookyard's event history.",
  ],
  inbound: stripeInbound,
  oauth: stripeOAuth,
  remote: stripeRemote,
};
