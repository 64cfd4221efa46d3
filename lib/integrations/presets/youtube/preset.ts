// YouTube: channel upload notifications over WebSub (PubSubHubbub) through Google's hub.
// The hub first confirms a subscription with a GET carrying hub.mode, hub.topic, hub.challenge
// and hub.lease_seconds (the subscriber echoes hub.challenge). When the subscription was made
// with a hub.secret, each Atom notification carries X-Hub-Signature: sha1=<hex HMAC-SHA1 of the
// raw body keyed with that secret>.
// YouTube guide: https://developers.google.com/youtube/v3/guides/push_notifications
// Signing (WebSub "Authenticated Content Distribution"): https://www.w3.org/TR/websub/#authenticated-content-distribution
import "server-only";
import { z } from "zod";
import type { IntegrationPreset } from "../../types";
import { randomToken } from "../../../crypto";
import { YOUTUBE_TRIGGERS } from "./events";
import { youtubeInbound } from "./inbound";
import { youtubeOAuth } from "./oauth";
import { youtubeRemote } from "./remote";
import { readEventCatalog } from "../../event-catalog";
import eventCatalogJson from "./event-catalog.json";

export const youtube: IntegrationPreset = {
  id: "youtube",
  name: "YouTube",
  description: "New uploads and title or description changes on the YouTube channels you follow.",
  category: "Social",
  capabilities: ["webhooks", "websub", "handshake", "oauth", "remote-webhooks"],
  // Only to list the account's own channels; following a channel needs no permission.
  scopes: ["openid", "email", "https://www.googleapis.com/auth/youtube.readonly"],
  authType: "oauth",
  docsUrl: "https://developers.google.com/youtube/v3/guides/push_notifications",
  color: "#FF0000",
  icon: "/integrations/youtube.svg",
  supportsRemoteRegistration: true,
  retries: {
    level: "not-documented",
    summary: "Hookyard could not confirm a retry policy in YouTube's webhook docs; treat a refused request as lost.",
    docsUrl: "https://developers.google.com/youtube/v3/guides/push_notifications",
  },
  verification: {
    scheme: "WebSub X-Hub-Signature (HMAC-SHA1) + hub.challenge",
    secretSource: "hookyard",
    secretLabel: "hub.secret",
    generateSecret: () => randomToken(32),
  },
  configSchema: z.object({
    /** A channel to follow (UC…); the connected account's own channels when absent. */
    channelId: z
      .string()
      .regex(/^UC[\w-]{22}$/, "expected a channel id such as UC_x5XG1OV2P6uZZ5FSM9Ttw")
      .optional(),
    /** hub.lease_seconds to ask the hub for (default 5 days); Hookyard subscribes again before it ends. */
    leaseSeconds: z
      .number()
      .int()
      .positive()
      .max(30 * 24 * 3600)
      .optional(),
  }),
  triggers: YOUTUBE_TRIGGERS,
  eventCatalog: readEventCatalog(eventCatalogJson),
  inbound: youtubeInbound,
  oauth: youtubeOAuth,
  remote: youtubeRemote,
  setupInstructions: [
    "Connect your Google account under Connections: Hookyard subscribes {webhookUrl} at Google's hub to your own channels' feeds (or to the channel in this integration's channelId setting) with this integration's hub secret, renews the lease before it ends and unsubscribes when you disconnect. To do it by hand instead, follow the steps below.",
    "Hookyard shows this integration's hub secret once when it is created (or rotated); copy it now.",
    "Find the channel id (starts with UC…) of the channel to follow, e.g. from the channel's About → Share channel → Copy channel ID.",
    "Open Google's hub at https://pubsubhubbub.appspot.com/subscribe and set Callback URL to {webhookUrl}.",
    "Set Topic URL to https://www.youtube.com/xml/feeds/videos.xml?channel_id=<channel id>, Verify type to Asynchronous, Mode to subscribe, and paste the Hookyard secret into HMAC secret.",
    "Click Do It!; the hub calls {webhookUrl} with a hub.challenge that Hookyard answers, and the subscription becomes verified (check it on the hub's Subscription Details page).",
    "Subscriptions expire after their lease (a few days by default), so repeat the subscribe request before then; notifications arrive when the channel uploads a video or changes a video's title or description.",
  ],
};
