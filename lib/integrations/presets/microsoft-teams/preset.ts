// Microsoft Teams: Microsoft Graph change notifications. Creating a subscription makes
// Graph POST ?validationToken=… to the URL, which must be echoed as text/plain within 10
// seconds; every notification then carries the subscription's clientState, a secret
// Hookyard chooses, which is compared in constant time.
// https://learn.microsoft.com/en-us/graph/change-notifications-delivery-webhooks
import "server-only";
import { randomToken } from "../../../crypto";
import type { IntegrationPreset } from "../../types";
import { MICROSOFT_TEAMS_TRIGGERS } from "./events";
import { microsoftTeamsInbound } from "./inbound";
import { microsoftOAuth } from "../../shared/microsoft-oauth";
import { microsoftTeamsRemote } from "./remote";
import { microsoftTeamsActions } from "./actions";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const microsoftTeams: IntegrationPreset = {
  id: "microsoft-teams",
  name: "Microsoft Teams",
  description: "Channel messages, chat messages, new channels and new team members through Microsoft Graph.",
  category: "Communication",
  capabilities: ["webhooks", "oauth", "remote-webhooks", "send-message"],
  scopes: ["offline_access", "User.Read", "ChannelMessage.Read.All", "Chat.Read", "Channel.ReadBasic.All", "TeamMember.Read.All", "ChannelMessage.Send", "ChatMessage.Send"],
  authType: "oauth",
  docsUrl: "https://learn.microsoft.com/en-us/graph/teams-changenotifications-chatmessage",
  color: "#6264A7",
  icon: "/integrations/microsoft-teams.svg",
  supportsRemoteRegistration: true,
  retries: {
    level: "sustained",
    summary: "Microsoft Graph keeps retrying a failed change notification for up to 4 hours, but may drop notifications for endpoints that answer slowly.",
    docsUrl: "https://learn.microsoft.com/en-us/graph/change-notifications-delivery-webhooks",
  },
  verification: {
    scheme: "Microsoft Graph clientState + validationToken",
    secretSource: "hookyard",
    secretLabel: "clientState",
    generateSecret: () => randomToken(32),
  },
  triggers: MICROSOFT_TEAMS_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: microsoftTeamsInbound,
  oauth: microsoftOAuth,
  remote: microsoftTeamsRemote,
  actions: microsoftTeamsActions,
  setupInstructions: [
    "Connect your Microsoft 365 work or school account under Connections; an admin may have to consent to the ChannelMessage.Read.All, Chat.Read, Channel.ReadBasic.All and TeamMember.Read.All permissions.",
    "Pick the teams, channels or chats to follow. Hookyard creates one Graph subscription per resource with notificationUrl and lifecycleNotificationUrl set to {webhookUrl} and clientState set to this integration's secret, answers Graph's validationToken check, and renews the subscriptions before they expire.",
    "To subscribe by hand instead, copy the clientState secret that Hookyard shows once when you create this integration.",
    'In Graph Explorer (or any HTTP client with a Graph token) POST https://graph.microsoft.com/v1.0/subscriptions with changeType "created", resource such as /teams/{team-id}/channels/{channel-id}/messages, /chats/{chat-id}/messages, /teams/{team-id}/channels or /teams/{team-id}/members, notificationUrl and lifecycleNotificationUrl {webhookUrl}, clientState the secret, and an expirationDateTime at most three days ahead.',
    "Graph calls {webhookUrl}?validationToken=… before it answers 201; Hookyard echoes the token. Renew a manual subscription with PATCH /subscriptions/{id} before it expires.",
    "Post a message in the channel; the notification appears in this integration's event history.",
  ],
};
