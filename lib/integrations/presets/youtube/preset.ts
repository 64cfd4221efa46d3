// YouTube: channel upload notifications over WebSub (PubSubHubbub) through Google's hub.
// The hub first confirms a subscription with a GET carrying hub.mode, hub.topic, hub.challenge
// and hub.lease_seconds (the subscriber echoes hub.challenge). When the subscription was made
// with a hub.secret, each Atom notification carries X-Hub-Signature: sha1=<hex HMAC-SHA1 of the
// raw body keyed with that secret>.
// YouTube guide: https://developers.google.com/youtube/v3/guides/push_notifications
// Signing (WebSub "Authenticated Content Distribution"): https://www.w3.org/TR/websub/#authenticated-content-distribution
import type { IntegrationPreset } from "../../types";
import { randomToken } from "../../../crypto";
import { YOUTUBE_TRIGGERS } from "./events";
import { youtubeInbound } from "./inbound";

export const youtube: IntegrationPreset = {
  id: "youtube",
  name: "YouTube",
  description: "New uploads and title or description changes on the YouTube channels you follow.",
  category: "Social",
  capabilities: ["webhooks", "websub", "handshake"],
  scopes: [],
  authType: "none",
  docsUrl: "https://developers.google.com/youtube/v3/guides/push_notifications",
  color: "#FF0000",
  icon: "/integrations/youtube.svg",
  supportsRemoteRegistration: false,
  verification: {
    scheme: "WebSub X-Hub-Signature (HMAC-SHA1) + hub.challenge",
    secretSource: "hookyard",
    secretLabel: "hub.secret",
    generateSecret: () => randomToken(32),
  },
  triggers: YOUTUBE_TRIGGERS,
  inbound: youtubeInbound,
  setupInstructions: [
    "Hookyard shows this integration's hub secret once when it is created (or rotated); copy it now.",
    "Find the channel id (starts with UC…) of the channel to follow, e.g. from the channel's About → Share channel → Copy channel ID.",
    "Open Google's hub at https://pubsubhubbub.appspot.com/subscribe and set Callback URL to {webhookUrl}.",
    "Set Topic URL to https://www.youtube.com/xml/feeds/videos.xml?channel_id=<channel id>, Verify type to Asynchronous, Mode to subscribe, and paste the Hookyard secret into HMAC secret.",
    "Click Do It!; the hub calls {webhookUrl} with a hub.challenge that Hookyard answers, and the subscription becomes verified (check it on the hub's Subscription Details page).",
    "Subscriptions expire after their lease (a few days by default), so repeat the subscribe request before then; notifications arrive when the channel uploads a video or changes a video's title or description.",
  ],
};
