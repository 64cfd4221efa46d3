// Shopify: app webhook subscriptions delivered over HTTPS. The X-Shopify-Hmac-Sha256 header is
// the base64 HMAC-SHA256 of the raw body keyed with the app's client secret (webhooks added by
// hand under Settings → Notifications → Webhooks are signed with the key shown on that page
// instead). The topic comes in X-Shopify-Topic and the delivery id in X-Shopify-Webhook-Id.
// https://shopify.dev/docs/apps/build/webhooks/verify-deliveries
import "server-only";
import type { IntegrationPreset } from "../../types";
import { SHOPIFY_TRIGGERS } from "./events";
import { z } from "zod";
import { shopifyInbound } from "./inbound";
import { SHOP_DOMAIN, shopifyOAuth } from "./oauth";
import { shopifyRemote } from "./remote";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const shopify: IntegrationPreset = {
  id: "shopify",
  name: "Shopify",
  description: "Orders, products, customers and app lifecycle events from a Shopify store.",
  category: "Business",
  capabilities: ["webhooks", "oauth", "remote-webhooks"],
  scopes: ["read_orders", "read_products", "read_customers"],
  authType: "oauth",
  docsUrl: "https://shopify.dev/docs/apps/build/webhooks",
  color: "#95BF47",
  icon: "/integrations/shopify.svg",
  supportsRemoteRegistration: true,
  retries: {
    level: "sustained",
    summary: "Shopify retries a failed webhook 8 times over 4 hours with exponential backoff.",
    docsUrl: "https://shopify.dev/changelog/updates-to-webhook-retry-mechanism",
  },
  verification: { scheme: "X-Shopify-Hmac-Sha256 (base64 HMAC-SHA256)", secretSource: "provider", secretLabel: "Client secret" },
  configSchema: z.object({
    // The store to connect: its OAuth and Admin API live on this host.
    shop_domain: z.string().trim().toLowerCase().regex(SHOP_DOMAIN, "expected your-store.myshopify.com").optional(),
  }),
  triggers: SHOPIFY_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  setupInstructions: [
    "Either connect the store: set this integration's shop_domain setting to your-store.myshopify.com, then connect Shopify under Connections. Hookyard subscribes {webhookUrl} to every topic through the Admin API, and since Shopify signs app webhooks with the app's client secret, Hookyard verifies with its own SHOPIFY_CLIENT_SECRET — the steps below are then done for you.",
    "Open your app in the Shopify Dev Dashboard (or Partner Dashboard) and copy its Client secret from the app's Settings / API credentials page.",
    'Subscribe the app to the topics you need with {webhookUrl} as the URI: either add [[webhooks.subscriptions]] entries with topics = ["orders/create", "orders/paid", "orders/fulfilled", "products/create", "customers/create", "app/uninstalled"] to shopify.app.toml and run `shopify app deploy`, or call the Admin API webhookSubscriptionCreate mutation with format JSON.',
    "Use the same API version for the subscription as your app so the REST resource in the body has the fields you expect.",
    "Back in Hookyard, paste the client secret into this integration's Signing secret field and save.",
    "Without an app: in the store admin go to Settings → Notifications → Webhooks, click Create webhook, choose the event, format JSON and {webhookUrl}; then paste the signing key shown on that page (“Your webhooks will be signed with …”) into Hookyard's Signing secret field instead.",
    "Trigger an event in a development store (for example place a test order) and check that it appears in Hookyard's event history.",
  ],
  inbound: shopifyInbound,
  oauth: shopifyOAuth,
  remote: shopifyRemote,
};
