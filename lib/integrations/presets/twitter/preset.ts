// X (Twitter): Account Activity API deliveries to a webhook registered with the v2 Webhooks API.
// X proves the URL with a CRC (GET ?crc_token=…, answered with response_token =
// "sha256=" + base64 HMAC-SHA256(consumer secret, crc_token)), and signs every POST with
// x-twitter-webhooks-signature = "sha256=" + base64 HMAC-SHA256(consumer secret, raw body).
// https://docs.x.com/x-api/webhooks/quickstart
import "server-only";
import type { IntegrationPreset } from "../../types";
import { TWITTER_TRIGGERS } from "./events";
import { twitterInbound } from "./inbound";
import { twitterOAuth } from "./oauth";
import { twitterRemote } from "./remote";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const twitter: IntegrationPreset = {
  id: "twitter",
  name: "X (Twitter)",
  description: "Posts, mentions, likes, new followers and direct messages for the X accounts subscribed to your webhook.",
  category: "Social",
  capabilities: ["webhooks", "oauth", "remote-webhooks"],
  // What POST /2/account_activity/webhooks/{id}/subscriptions/all asks of an OAuth 2.0 user
  // token (dm.read, dm.write, tweet.read, users.read), plus offline.access for a refresh token.
  // https://docs.x.com/x-api/account-activity/create-subscription
  scopes: ["tweet.read", "users.read", "dm.read", "dm.write", "offline.access"],
  authType: "oauth",
  docsUrl: "https://docs.x.com/x-api/account-activity/introduction",
  color: "#000000",
  icon: "/integrations/twitter.svg",
  // Connecting (OAuth 2.0 with PKCE) subscribes the account to a v2 webhook that Hookyard creates
  // with the server's X app (presets/twitter/remote.ts explains which token each call takes).
  // That app needs Account Activity API access, which X sells on its Enterprise and pay-per-use
  // tiers, and signs with its consumer secret: TWITTER_BEARER_TOKEN and TWITTER_CONSUMER_SECRET
  // on the server. Without a connection the manual steps below still work with an app the user
  // owns. https://docs.x.com/x-api/account-activity/quickstart
  supportsRemoteRegistration: true,
  retries: {
    level: "not-documented",
    summary: "Hookyard could not confirm a retry policy in X (Twitter)'s webhook docs; treat a refused request as lost.",
    docsUrl: "https://docs.x.com/x-api/account-activity/introduction",
  },
  verification: {
    scheme: "Twitter CRC + x-twitter-webhooks-signature",
    secretSource: "provider",
    secretLabel: "API Key Secret (consumer secret)",
  },
  triggers: TWITTER_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: twitterInbound,
  oauth: twitterOAuth,
  remote: twitterRemote,
  setupInstructions: [
    "Either connect X under Connections (if the server administrator has configured Hookyard's X app) and let Hookyard create the webhook and subscribe your account, or set it up by hand with an X app you own as below.",
    "In the X Developer Console open the app that has Account Activity API access and, under Keys and tokens, copy its API Key Secret (the consumer secret).",
    "Paste it into this integration's Signing secret field in Hookyard and save before registering, because Hookyard needs it to answer X's CRC check.",
    'Register the webhook with the app\'s bearer token: POST https://api.x.com/2/webhooks with body {"url": "{webhookUrl}"}. X immediately sends GET {webhookUrl}?crc_token=… and Hookyard replies with the signed response_token; note the webhook id in the response.',
    "Subscribe each account to watch: POST https://api.x.com/2/account_activity/webhooks/<webhook id>/subscriptions/all with that account's user access token (OAuth 2.0 with the dm.read, dm.write, tweet.read and users.read scopes, or OAuth 1.0a).",
    "X now posts that account's activity (posts, mentions, likes, follows, direct messages) to {webhookUrl}; Hookyard processes only the triggers you selected.",
    "X repeats the CRC check about every hour, so keep this endpoint active; if a check fails, re-validate with PUT https://api.x.com/2/webhooks/<webhook id>.",
  ],
};
