// X (Twitter): Account Activity API deliveries to a webhook registered with the v2 Webhooks API.
// X proves the URL with a CRC (GET ?crc_token=…, answered with response_token =
// "sha256=" + base64 HMAC-SHA256(consumer secret, crc_token)), and signs every POST with
// x-twitter-webhooks-signature = "sha256=" + base64 HMAC-SHA256(consumer secret, raw body).
// https://docs.x.com/x-api/webhooks/quickstart
import type { IntegrationPreset } from "../../types";
import { TWITTER_TRIGGERS } from "./events";
import { twitterInbound } from "./inbound";

export const twitter: IntegrationPreset = {
  id: "twitter",
  name: "X (Twitter)",
  description: "Posts, mentions, likes, new followers and direct messages for the X accounts subscribed to your webhook.",
  category: "Social",
  capabilities: ["webhooks"],
  scopes: [],
  // The consumer secret belongs to the user's own X developer app, which also owns the webhook.
  authType: "secret",
  docsUrl: "https://docs.x.com/x-api/account-activity/introduction",
  color: "#000000",
  icon: "/integrations/twitter.svg",
  // No `oauth`/`remote` on purpose: the Account Activity API does not fit the OAuth 2.0 engine.
  // Subscribing an account needs that account's OAuth 1.0a user token (or the app's own), X signs
  // with the developer app's consumer secret (which X issues, so Hookyard cannot choose it per
  // endpoint), and access is limited to the Enterprise and pay-per-use tiers (the API is also being
  // deprecated for the X Activity API). Setup stays manual, with the app the user owns.
  // https://docs.x.com/x-api/account-activity/quickstart
  // https://developer.x.com/en/docs/twitter-api/enterprise/account-activity-api/guides/authenticating-users
  supportsRemoteRegistration: false,
  verification: {
    scheme: "Twitter CRC + x-twitter-webhooks-signature",
    secretSource: "provider",
    secretLabel: "API Key Secret (consumer secret)",
  },
  triggers: TWITTER_TRIGGERS,
  inbound: twitterInbound,
  setupInstructions: [
    "In the X Developer Console open the app that has Account Activity API access and, under Keys and tokens, copy its API Key Secret (the consumer secret).",
    "Paste it into this integration's Signing secret field in Hookyard and save before registering, because Hookyard needs it to answer X's CRC check.",
    "Register the webhook with the app's bearer token: POST https://api.x.com/2/webhooks with body {\"url\": \"{webhookUrl}\"}. X immediately sends GET {webhookUrl}?crc_token=… and Hookyard replies with the signed response_token; note the webhook id in the response.",
    "Subscribe each account to watch: POST https://api.x.com/2/account_activity/webhooks/<webhook id>/subscriptions/all using that account's OAuth 1.0a user access token and secret.",
    "X now posts that account's activity (posts, mentions, likes, follows, direct messages) to {webhookUrl}; Hookyard processes only the triggers you selected.",
    "X repeats the CRC check about every hour, so keep this endpoint active; if a check fails, re-validate with PUT https://api.x.com/2/webhooks/<webhook id>.",
  ],
};
