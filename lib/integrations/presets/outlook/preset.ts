// Outlook (Microsoft 365 and Outlook.com): Microsoft Graph change notifications for mail
// and calendar. Graph first POSTs ?validationToken=… (echo it as text/plain within 10
// seconds); afterwards each notification carries the clientState Hookyard chose when it
// created the subscription, compared in constant time.
// https://learn.microsoft.com/en-us/graph/change-notifications-delivery-webhooks
import "server-only";
import { randomToken } from "../../../crypto";
import type { IntegrationPreset } from "../../types";
import { OUTLOOK_TRIGGERS } from "./events";
import { outlookInbound } from "./inbound";
import { microsoftOAuth } from "../../shared/microsoft-oauth";
import { outlookRemote } from "./remote";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const outlook: IntegrationPreset = {
  id: "outlook",
  name: "Outlook",
  description: "New Inbox emails and calendar event changes from Outlook through Microsoft Graph.",
  category: "Communication",
  capabilities: ["webhooks", "oauth", "remote-webhooks"],
  scopes: ["offline_access", "User.Read", "Mail.Read", "Calendars.Read"],
  authType: "oauth",
  docsUrl: "https://learn.microsoft.com/en-us/graph/outlook-change-notifications-overview",
  color: "#0078D4",
  icon: "/integrations/outlook.svg",
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
  triggers: OUTLOOK_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: outlookInbound,
  oauth: microsoftOAuth,
  remote: outlookRemote,
  setupInstructions: [
    "Connect your Microsoft account (work, school or Outlook.com) under Connections and accept the Mail.Read and Calendars.Read permissions.",
    "Hookyard then creates Graph subscriptions on /me/mailFolders('Inbox')/messages (changeType created) and /me/events (created,updated) with notificationUrl {webhookUrl} and this integration's clientState, answers Graph's validationToken request, and renews them before they expire (mail and calendar subscriptions last about three days).",
    "To subscribe by hand instead, copy the clientState secret that Hookyard shows once when you create this integration.",
    "In Graph Explorer POST https://graph.microsoft.com/v1.0/subscriptions with notificationUrl {webhookUrl}, resource /me/mailFolders('Inbox')/messages or /me/events, changeType created (add updated for events), clientState the secret and an expirationDateTime at most 4230 minutes ahead.",
    "Graph checks the URL with ?validationToken=… before creating the subscription; Hookyard echoes it. Renew manual subscriptions with PATCH /subscriptions/{id}.",
    "Send yourself an email or add a calendar event; the notification appears in this integration's event history.",
  ],
};
