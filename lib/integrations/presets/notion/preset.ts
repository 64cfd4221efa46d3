// Notion: webhook subscriptions on an integration (integration settings → Webhooks tab).
// On creation Notion POSTs a one-time {"verification_token": …} to the URL; afterwards every
// event carries X-Notion-Signature: sha256=<hex HMAC-SHA256 of the raw body keyed with that token>.
// https://developers.notion.com/reference/webhooks#step-3-validating-event-payloads-recommended
import "server-only";
import type { IntegrationPreset } from "../../types";
import { NOTION_TRIGGERS } from "./events";
import { notionInbound } from "./inbound";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const notion: IntegrationPreset = {
  id: "notion",
  name: "Notion",
  description: "Pages created, edited or re-propertied and comments added in the Notion pages and databases shared with your integration.",
  category: "Productivity",
  capabilities: ["webhooks", "oauth"],
  // Notion's OAuth has no scopes: access is whatever pages the user shares with the integration.
  scopes: [],
  authType: "oauth",
  docsUrl: "https://developers.notion.com/reference/webhooks",
  color: "#000000",
  icon: "/integrations/notion.svg",
  // Subscriptions can only be created in the integration's settings page, not through the API.
  supportsRemoteRegistration: false,
  retries: {
    level: "not-documented",
    summary: "Hookyard could not confirm a retry policy in Notion's webhook docs; treat a refused request as lost.",
    docsUrl: "https://developers.notion.com/reference/webhooks",
  },
  verification: {
    scheme: "X-Notion-Signature (HMAC-SHA256) + verification token",
    secretSource: "provider",
    secretLabel: "Verification token",
  },
  triggers: NOTION_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: notionInbound,
  setupInstructions: [
    "In Notion, open your integrations (Settings → Connections → Develop or manage integrations), choose the integration and open its Webhooks tab.",
    "Click Create a subscription, paste {webhookUrl} as the Webhook URL, tick Page created, Page content updated, Page properties updated and Comment created, then create it.",
    "Notion immediately sends a one-time verification request to {webhookUrl}; open this integration's events in Hookyard and copy the verification_token value from that request's body.",
    "Paste the verification_token into this integration's Signing secret field in Hookyard and save: Notion signs every later event with it.",
    "Back in Notion, click Verify on the subscription, paste the same token and confirm; the subscription becomes active.",
    "Share the pages or databases you want to watch with the integration (page menu → Connections), since Notion only sends events for content it can access.",
  ],
};
