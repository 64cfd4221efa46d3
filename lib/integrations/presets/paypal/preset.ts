// PayPal: REST app webhooks. There is no shared secret: each delivery is signed with
// PayPal's private key (SHA256withRSA). The signed string is
// <PAYPAL-TRANSMISSION-ID>|<PAYPAL-TRANSMISSION-TIME>|<webhook ID>|<CRC32 of the raw body, decimal>
// and is checked against PAYPAL-TRANSMISSION-SIG with the certificate at PAYPAL-CERT-URL
// (a PayPal-owned host). The webhook ID is what ties a delivery to this endpoint.
// https://developer.paypal.com/api/rest/webhooks/rest/
import "server-only";
import { z } from "zod";
import type { IntegrationPreset } from "../../types";
import { PAYPAL_TRIGGERS } from "./events";
import { paypalInbound } from "./inbound";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const paypal: IntegrationPreset = {
  id: "paypal",
  name: "PayPal",
  description: "Captured and refunded payments, approved checkout orders and activated subscriptions from your PayPal REST app.",
  category: "Business",
  capabilities: ["webhooks", "payments", "subscriptions", "certificate-verification"],
  scopes: [],
  authType: "secret",
  docsUrl: "https://developer.paypal.com/api/rest/webhooks/",
  color: "#003087",
  icon: "/integrations/paypal.svg",
  supportsRemoteRegistration: false,
  retries: {
    level: "not-documented",
    summary: "Hookyard could not confirm a retry policy in PayPal's webhook docs; treat a refused request as lost.",
    docsUrl: "https://developer.paypal.com/api/rest/webhooks/",
  },
  verification: {
    scheme: "PayPal transmission signature (certificate, CRC32)",
    secretSource: "provider",
    secretLabel: "Webhook ID",
  },
  configSchema: z.object({
    // Shown next to the webhook in the PayPal app's Webhooks list; part of every signed string.
    webhook_id: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9]+$/, "a PayPal webhook ID is letters and digits only")
      .max(50),
  }),
  secretConfigKeys: [],
  triggers: PAYPAL_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  setupInstructions: [
    "Sign in to developer.paypal.com, open Apps & Credentials, choose Sandbox or Live at the top, and open the REST app that receives the payments.",
    "In the app's Webhooks section click Add Webhook and paste {webhookUrl} into Webhook URL.",
    "Tick the event types you want: Payment capture completed, Payment capture refunded, Checkout order approved and Billing subscription activated (only those you selected in Hookyard are processed), then Save.",
    "PayPal now lists the webhook with its Webhook ID (a string such as 8PT597110X687430LKGECATA). Copy it; sandbox and live webhooks have different IDs.",
    "In Hookyard, paste the Webhook ID into this integration's Webhook ID setting and save. PayPal issues no shared secret: Hookyard checks every delivery's PAYPAL-TRANSMISSION-SIG against PayPal's certificate using that ID.",
    "Test with a real sandbox payment. PayPal's Webhooks simulator signs its mock events for the placeholder ID WEBHOOK_ID rather than your webhook's ID, so they fail verification (401) against your real Webhook ID.",
  ],
  inbound: paypalInbound,
};
