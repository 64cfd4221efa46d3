// TikTok for Developers webhooks (Login Kit, Content Posting / Video Kit). Each POST carries
// TikTok-Signature: t=<unix seconds>,s=<hex HMAC-SHA256 of "<t>.<raw body>" keyed with the app's
// client secret>; the timestamp is checked against a short window to stop replays.
// https://developers.tiktok.com/doc/webhooks-verification
import "server-only";
import type { IntegrationPreset } from "../../types";
import { TIKTOK_TRIGGERS } from "./events";
import { tiktokInbound } from "./inbound";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const tiktok: IntegrationPreset = {
  id: "tiktok",
  name: "TikTok",
  description: "Deauthorizations and Video Kit upload and publish outcomes for the TikTok users of your developer app.",
  category: "Social",
  capabilities: ["webhooks", "oauth"],
  scopes: ["user.info.basic"],
  authType: "oauth",
  docsUrl: "https://developers.tiktok.com/doc/webhooks-overview",
  color: "#000000",
  icon: "/integrations/tiktok.svg",
  // The callback URL is a setting of the app in the TikTok Developer Portal; there is no API for it.
  supportsRemoteRegistration: false,
  retries: {
    level: "not-documented",
    summary: "Hookyard could not confirm a retry policy in TikTok's webhook docs; treat a refused request as lost.",
    docsUrl: "https://developers.tiktok.com/doc/webhooks-overview",
  },
  verification: {
    scheme: "TikTok-Signature (HMAC-SHA256 + timestamp)",
    secretSource: "provider",
    secretLabel: "Client secret",
  },
  triggers: TIKTOK_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: tiktokInbound,
  setupInstructions: [
    "In the TikTok for Developers portal open Manage apps and choose your app.",
    "Copy the app's Client secret (shown next to the Client key) and paste it into this integration's Signing secret field in Hookyard, then save.",
    "In the app's Webhooks section paste {webhookUrl} as the Callback URL and use Test URL to send a test event; TikTok needs an HTTPS URL that answers 200 straight away.",
    "Save the app (submit the change for review if the app is already live). Once a callback URL is set the app receives every event type, so there is nothing to tick.",
    "Events arrive for users who authorized the app with Login Kit or shared videos through it; Hookyard processes only the triggers you selected and drops redeliveries of the same event.",
  ],
};
