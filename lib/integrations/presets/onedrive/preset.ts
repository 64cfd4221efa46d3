// OneDrive (personal and for Business) through Microsoft Graph change notifications.
// Graph does not sign webhook deliveries: when a subscription is created it POSTs to the
// notification URL with ?validationToken=…, which must be echoed back as text/plain
// within 10 seconds, and every later notification carries the clientState chosen at
// subscription time, which the receiver compares with the one it stored.
// https://learn.microsoft.com/en-us/graph/change-notifications-delivery-webhooks
// https://learn.microsoft.com/en-us/onedrive/developer/rest-api/concepts/using-webhooks
import "server-only";
import type { IntegrationPreset } from "../../types";
import { randomToken } from "../../../crypto";
import { ONEDRIVE_TRIGGERS } from "./events";
import { onedriveInbound } from "./inbound";
import { microsoftOAuth } from "../../shared/microsoft-oauth";
import { onedriveRemote } from "./remote";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const onedrive: IntegrationPreset = {
  id: "onedrive",
  name: "OneDrive",
  description: "Change notifications for files and folders in a OneDrive or SharePoint document library.",
  category: "Storage",
  capabilities: ["webhooks", "oauth", "remote-webhooks", "validation-handshake", "file-changes"],
  scopes: ["Files.Read", "offline_access", "User.Read"],
  authType: "oauth",
  docsUrl: "https://learn.microsoft.com/en-us/onedrive/developer/rest-api/concepts/using-webhooks",
  color: "#0364B8",
  icon: "/integrations/onedrive.svg",
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
    // Graph allows up to 128 characters; 32 random bytes in base64url is 43.
    generateSecret: () => randomToken(32),
  },
  triggers: ONEDRIVE_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: onedriveInbound,
  oauth: microsoftOAuth,
  remote: onedriveRemote,
  setupInstructions: [
    "Easiest route: connect OneDrive under Connections and let Hookyard create the subscription. It sets its own clientState, renews the subscription before it expires and deletes it when you disconnect. The steps below are for creating it by hand.",
    "When you create this integration, Hookyard shows its signing secret once. This value is the subscription's clientState, so copy it.",
    'Signed in as the drive\'s owner (Graph Explorer works, with the Files.Read permission), send POST https://graph.microsoft.com/v1.0/subscriptions with changeType "updated", resource "/me/drive/root" (or a folder such as "/me/drive/items/{item-id}"), notificationUrl {webhookUrl}, clientState set to the secret, and an expirationDateTime no more than about 29 days ahead.',
    "Graph immediately calls {webhookUrl}?validationToken=… and Hookyard echoes the token back, so the subscription is only created if the URL is reachable from the internet.",
    "Hookyard drops any notification whose clientState does not match the secret. Notifications only say that something under the resource changed; read the drive's delta to see what.",
    "Renew the subscription with PATCH /subscriptions/{id} and a new expirationDateTime before it lapses. Graph stops sending notifications once it expires.",
  ],
};
