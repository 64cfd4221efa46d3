// Fathom (AI meeting notetaker): webhooks signed the Standard Webhooks way. Each
// delivery carries webhook-id, webhook-timestamp and webhook-signature ("v1,<base64>",
// possibly several, space-separated); the signature is HMAC-SHA256 over
// "<webhook-id>.<webhook-timestamp>.<raw body>" keyed with the webhook secret Fathom
// shows when the webhook is created.
// https://developers.fathom.ai/webhooks
import "server-only";
import type { IntegrationPreset } from "../../types";
import { FATHOM_TRIGGERS } from "./events";
import { fathomInbound } from "./inbound";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const fathom: IntegrationPreset = {
  id: "fathom",
  name: "Fathom",
  description: "Meeting recordings from the Fathom AI notetaker, with transcript, summary and action items once they are ready.",
  category: "Business",
  capabilities: ["webhooks", "standard-webhooks", "meeting-transcripts", "meeting-summaries", "action-items"],
  scopes: [],
  authType: "secret",
  docsUrl: "https://developers.fathom.ai/webhooks",
  color: "#6B4EFF",
  icon: "/integrations/fathom.svg",
  supportsRemoteRegistration: false,
  retries: {
    level: "not-documented",
    summary: "Hookyard could not confirm a retry policy in Fathom's webhook docs; treat a refused request as lost.",
    docsUrl: "https://developers.fathom.ai/webhooks",
  },
  verification: {
    scheme: "Standard Webhooks (webhook-signature v1)",
    secretSource: "provider",
    secretLabel: "Webhook secret",
  },
  triggers: FATHOM_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: fathomInbound,
  setupInstructions: [
    "In Fathom, open Settings → API Access. Generate an API key first if the page asks for one; webhooks are managed in the same place.",
    "Click Manage → Add Webhook and paste {webhookUrl} as the Destination URL.",
    "Choose which recordings fire the webhook (your own, shared with you, shared with your team) and tick the content to include: transcript, summary, action items and CRM matches. Hookyard shows whatever you include.",
    "Save the webhook. Fathom then shows the webhook's secret (it starts with whsec_); copy it right away, as it may not be shown again.",
    "In Hookyard, paste that secret into this integration's Signing secret field and save. Every delivery is then checked against its webhook-id, webhook-timestamp and webhook-signature headers.",
    "Record a short test meeting. The delivery arrives a few minutes after the meeting ends, once Fathom has processed the recording.",
  ],
};
