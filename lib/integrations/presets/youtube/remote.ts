// WebSub (PubSubHubbub) subscriptions at Google's hub to a channel's upload feed. The hub takes a
// form POST and then verifies intent with a GET to the callback (answered by this preset's
// handshake); hub.secret is the endpoint's secret, with which the hub signs X-Hub-Signature.
// Subscriptions end after their lease: renewing is subscribing again; unsubscribing is the same
// request with hub.mode=unsubscribe. The hub keeps no ids, so the topic URL names a subscription,
// and it has no list API: drift is judged by the lease's end.
// YouTube: https://developers.google.com/youtube/v3/guides/push_notifications
// WebSub: https://www.w3.org/TR/websub/#subscriber-sends-subscription-request
import "server-only";
import { envValue } from "../../../env";
import type { ProviderApi, RemoteCreated, RemoteSpec } from "../../connect-types";
import { YOUTUBE_HUB_URL } from "../../provider-env";
import { ownChannels } from "./oauth";

const GOOGLE_HUB = "https://pubsubhubbub.appspot.com/subscribe";
/** What Hookyard asks for when the settings do not say: the hub may grant less (WebSub §5.1). */
export const DEFAULT_LEASE_SECONDS = 5 * 24 * 3600;

const hubUrl = () => envValue(YOUTUBE_HUB_URL) ?? GOOGLE_HUB;
const topicOf = (channelId: string) => `https://www.youtube.com/xml/feeds/videos.xml?channel_id=${encodeURIComponent(channelId)}`;

// Anonymous: the hub needs no Google token, so none is sent to it.
async function hub(api: ProviderApi, form: Record<string, string>) {
  await api.request("POST", hubUrl(), { anonymous: true, form: { "hub.verify": "async", ...form } });
}

async function subscribe(api: ProviderApi, channelId: string, url: string, secret: string, config: Record<string, unknown>): Promise<RemoteCreated> {
  const lease = typeof config.leaseSeconds === "number" ? config.leaseSeconds : DEFAULT_LEASE_SECONDS;
  const topic = topicOf(channelId);
  await hub(api, { "hub.mode": "subscribe", "hub.callback": url, "hub.topic": topic, "hub.secret": secret, "hub.lease_seconds": String(lease) });
  return { remoteId: topic, expiresAt: new Date(Date.now() + lease * 1000) };
}

export const youtubeRemote: RemoteSpec = {
  // A channel to follow from the settings (any public channel), else the account's own channels.
  listResources: async (api, config) => {
    if (typeof config.channelId === "string") return [{ id: config.channelId, name: config.channelId, kind: "channel" }];
    return (await ownChannels(api)).map((c) => ({ id: c.id, name: c.title, kind: "channel" }));
  },
  create: (api, { resource, url, secret, config }) => subscribe(api, resource.id, url, secret, config),
  renew: (api, webhook, { url, secret, config }) => subscribe(api, webhook.resource, url, secret, config),
  delete: async (api, webhook) => {
    await hub(api, { "hub.mode": "unsubscribe", "hub.callback": webhook.url, "hub.topic": webhook.remoteId });
  },
};
