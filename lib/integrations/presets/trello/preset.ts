// Trello: webhooks created through the REST API on a board, list, card or member (idModel).
// Trello checks the callback with a HEAD request, then signs each POST with X-Trello-Webhook:
// base64 HMAC-SHA1 of (raw body + the exact callbackURL) keyed with the application's secret.
// https://developer.atlassian.com/cloud/trello/guides/rest-api/webhooks/#webhook-signatures
import "server-only";
import type { IntegrationPreset } from "../../types";
import { TRELLO_TRIGGERS } from "./events";
import { trelloInbound } from "./inbound";
import { trelloOAuth } from "./oauth";
import { trelloRemote } from "./remote";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const trello: IntegrationPreset = {
  id: "trello",
  name: "Trello",
  description: "Cards created, moved or edited, comments and members added on the Trello boards you watch.",
  category: "Productivity",
  capabilities: ["webhooks", "oauth", "remote-webhooks"],
  scopes: ["read"],
  authType: "oauth",
  docsUrl: "https://developer.atlassian.com/cloud/trello/guides/rest-api/webhooks/",
  color: "#0052CC",
  icon: "/integrations/trello.svg",
  supportsRemoteRegistration: true,
  retries: {
    level: "not-documented",
    summary: "Hookyard could not confirm a retry policy in Trello's webhook docs; treat a refused request as lost.",
    docsUrl: "https://developer.atlassian.com/cloud/trello/guides/rest-api/webhooks/",
  },
  verification: {
    scheme: "Trello X-Trello-Webhook (HMAC-SHA1 of body + callback URL)",
    secretSource: "provider",
    secretLabel: "API secret",
  },
  triggers: TRELLO_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: trelloInbound,
  oauth: trelloOAuth,
  remote: trelloRemote,
  setupInstructions: [
    'Either connect Trello under Connections: the button opens Trello\'s authorization page for Hookyard\'s API key, which shows you a token; paste it into POST /api/connections/trello/token {"token": "…"}. Hookyard then creates a webhook on each of your open boards with {webhookUrl} as callback URL and verifies with its own TRELLO_CLIENT_SECRET — the steps below are then done for you.',
    "Open the Trello Power-Up admin portal (trello.com/power-ups/admin), choose or create your Power-Up and open its API key tab; note the API key and use the Token link to authorize a token for your account.",
    "On the same tab copy the Secret (the OAuth 1.0 secret) and paste it into this integration's Signing secret field in Hookyard, then save.",
    'Find the id of the board to watch: add .json to the board\'s URL and read the top-level "id".',
    "Create the webhook with a POST to https://api.trello.com/1/webhooks/?key=<API key>&token=<token> with callbackURL={webhookUrl} (exactly this URL, since it is part of what Trello signs) and idModel=<board id>.",
    "Trello sends a HEAD request to {webhookUrl} before saving the webhook; Hookyard answers 200, so the call returns the new webhook's id.",
    "Trello then posts every action on the board; Hookyard processes only the triggers you selected (card created, card updated, comment added, member added to card).",
  ],
};
