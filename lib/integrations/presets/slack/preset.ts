// Slack: Events API request URL. Every request is signed with the app's signing secret:
// X-Slack-Signature = "v0=" + hex HMAC-SHA256 of "v0:{X-Slack-Request-Timestamp}:{raw body}",
// rejected when the timestamp is more than five minutes old.
// https://docs.slack.dev/authentication/verifying-requests-from-slack
import "server-only";
import type { IntegrationPreset } from "../../types";
import { SLACK_TRIGGERS } from "./events";
import { slackInbound } from "./inbound";
import { slackOAuth } from "./oauth";
import { slackActions } from "./actions";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const slack: IntegrationPreset = {
  id: "slack",
  name: "Slack",
  description: "Messages, mentions, reactions, new channels and new members from a Slack workspace.",
  category: "Communication",
  capabilities: ["webhooks", "oauth", "send-message"],
  scopes: ["channels:history", "channels:read", "groups:history", "reactions:read", "users:read", "chat:write"],
  authType: "oauth",
  docsUrl: "https://docs.slack.dev/apis/events-api/",
  color: "#4A154B",
  icon: "/integrations/slack.svg",
  supportsRemoteRegistration: false,
  retries: { level: "few", summary: "Slack retries a failed event 3 times: at once, after 1 minute and after 5 minutes.", docsUrl: "https://docs.slack.dev/apis/events-api/#retries" },
  verification: { scheme: "Slack v0 signature (HMAC-SHA256 + timestamp)", secretSource: "provider", secretLabel: "Signing secret" },
  triggers: SLACK_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: slackInbound,
  oauth: slackOAuth,
  actions: slackActions,
  setupInstructions: [
    "Open https://api.slack.com/apps, pick your app (or Create New App → From scratch) and go to Basic Information → App Credentials.",
    "Click Show next to Signing Secret, copy it, and paste it into this integration's Signing secret field in Hookyard; save before the next step so that the URL check can be verified.",
    "Go to Event Subscriptions, switch Enable Events on and paste {webhookUrl} into Request URL. Slack sends a url_verification challenge, which Hookyard answers; wait for the green Verified mark.",
    "Under Subscribe to bot events (or Subscribe to events on behalf of users) add message.channels, app_mention, reaction_added, channel_created, member_joined_channel and team_join, as far as you selected them in Hookyard.",
    "Save Changes. Slack asks you to reinstall the app when the new events need extra scopes (for example app_mentions:read, channels:history, reactions:read, users:read); reinstall it to your workspace.",
    "Invite the app to the channels it should hear (/invite @your-app), then post a message to see the first event arrive.",
  ],
};
