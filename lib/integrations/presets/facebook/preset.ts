// Facebook Pages via Meta Webhooks. Meta verifies the callback with a GET handshake
// (hub.mode=subscribe, hub.verify_token, hub.challenge: echo the challenge when the token
// matches) and signs every POST with X-Hub-Signature-256 = "sha256=" + hex HMAC-SHA256 of the
// raw body keyed with the app secret.
// https://developers.facebook.com/docs/graph-api/webhooks/getting-started
import "server-only";
import { z } from "zod";
import type { IntegrationPreset } from "../../types";
import { FACEBOOK_TRIGGERS } from "./events";
import { facebookInbound } from "./inbound";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const facebook: IntegrationPreset = {
  id: "facebook",
  name: "Facebook",
  description: "New posts, comments and lead-ad submissions on the Facebook Pages your Meta app is installed on.",
  category: "Social",
  capabilities: ["webhooks", "oauth"],
  // Listing the user's Pages and installing the app on a Page (subscribed_apps); leads_retrieval for lead ads.
  scopes: ["pages_show_list", "pages_read_engagement", "pages_manage_metadata", "leads_retrieval"],
  authType: "oauth",
  docsUrl: "https://developers.facebook.com/docs/graph-api/webhooks/getting-started/webhooks-for-pages",
  color: "#1877F2",
  icon: "/integrations/facebook.svg",
  // The callback URL is set on the Meta app itself (App Dashboard), which Hookyard cannot do.
  supportsRemoteRegistration: false,
  retries: {
    level: "not-documented",
    summary: "Hookyard could not confirm a retry policy in Facebook's webhook docs; treat a refused request as lost.",
    docsUrl: "https://developers.facebook.com/docs/graph-api/webhooks/getting-started/webhooks-for-pages",
  },
  verification: {
    scheme: "Meta X-Hub-Signature-256 + hub.challenge",
    secretSource: "provider",
    secretLabel: "App secret",
  },
  // The hub.challenge handshake token: chosen by the user, typed into Meta and here; not secret-grade.
  configSchema: z.object({ verify_token: z.string().min(8).max(200).optional() }),
  secretConfigKeys: [],
  triggers: FACEBOOK_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: facebookInbound,
  setupInstructions: [
    "In Meta for Developers open your app → App settings → Basic, reveal the App secret and paste it into this integration's Signing secret field in Hookyard.",
    "Make up a verify token (8 characters or more) and save it as this integration's Verify token setting in Hookyard.",
    "In the App Dashboard open Webhooks, choose the Page object and click Subscribe to this object; enter {webhookUrl} as the Callback URL and the same verify token, then click Verify and save (Hookyard answers Meta's hub.challenge request).",
    "Subscribe the Page object to the feed field (posts and comments) and, for lead ads, the leadgen field.",
    "Install the app on each Page: POST https://graph.facebook.com/v21.0/<page-id>/subscribed_apps?subscribed_fields=feed,leadgen with that Page's access token.",
    "Switch the app to Live mode (or add the Page admins as app testers); in Development mode Meta only delivers changes made by people with a role on the app.",
  ],
};
