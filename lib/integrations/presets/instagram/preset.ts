// Instagram professional accounts via Meta Webhooks (Instagram object). Same scheme as every
// Meta webhook: a GET handshake (hub.mode=subscribe, hub.verify_token, hub.challenge) and
// X-Hub-Signature-256 = "sha256=" + hex HMAC-SHA256 of the raw body keyed with the app secret.
// https://developers.facebook.com/docs/instagram-platform/webhooks
import "server-only";
import { z } from "zod";
import type { IntegrationPreset } from "../../types";
import { INSTAGRAM_TRIGGERS } from "./events";
import { instagramInbound } from "./inbound";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const instagram: IntegrationPreset = {
  id: "instagram",
  name: "Instagram",
  description: "Comments, @mentions and story insights for the Instagram professional accounts connected to your Meta app.",
  category: "Social",
  capabilities: ["webhooks", "oauth"],
  // Instagram API with Instagram (Business) Login: profile basics and comment webhooks.
  scopes: ["instagram_business_basic", "instagram_business_manage_comments"],
  authType: "oauth",
  docsUrl: "https://developers.facebook.com/docs/instagram-platform/webhooks",
  color: "#E4405F",
  icon: "/integrations/instagram.svg",
  // The callback URL lives in the Meta App Dashboard, which Hookyard cannot configure.
  supportsRemoteRegistration: false,
  retries: {
    level: "not-documented",
    summary: "Hookyard could not confirm a retry policy in Instagram's webhook docs; treat a refused request as lost.",
    docsUrl: "https://developers.facebook.com/docs/instagram-platform/webhooks",
  },
  verification: {
    scheme: "Meta X-Hub-Signature-256 + hub.challenge",
    secretSource: "provider",
    secretLabel: "App secret",
  },
  // The hub.challenge handshake token: chosen by the user, typed into Meta and here; not secret-grade.
  configSchema: z.object({ verify_token: z.string().min(8).max(200).optional() }),
  secretConfigKeys: [],
  triggers: INSTAGRAM_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: instagramInbound,
  setupInstructions: [
    "In the Meta App Dashboard open your app's Instagram settings (API setup with Instagram login) or App settings → Basic, copy the app secret and paste it into this integration's Signing secret field in Hookyard.",
    "Make up a verify token (8 characters or more) and save it as this integration's Verify token setting in Hookyard.",
    "Under Configure webhooks enter {webhookUrl} as the Callback URL and the same verify token, then click Verify and save (Hookyard answers Meta's hub.challenge request).",
    "Subscribe to the comments, mentions and story_insights fields of the Instagram object.",
    "Turn on subscriptions for each professional account: POST https://graph.instagram.com/v21.0/me/subscribed_apps?subscribed_fields=comments,mentions,story_insights with that account's access token.",
    "Make sure the app is Live with Advanced Access for the comment permission; otherwise Meta delivers no notifications for real accounts.",
  ],
};
