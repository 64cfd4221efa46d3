// Google push channels (Calendar events.watch, Drive changes.watch / files.watch): the
// endpoint's secret is the channel token Google echoes in X-Goog-Channel-Token. Channels
// cannot be extended, so "renewal" opens a new channel and stops the old one; there is no
// API to list channels, so drift is judged by expiration.
// https://developers.google.com/workspace/calendar/api/guides/push
// https://developers.google.com/workspace/drive/api/guides/push
import "server-only";
import { randomUUID } from "node:crypto";
import type { ProviderApi, RemoteCreateArgs, RemoteCreated, RemoteResource, RemoteSpec } from "../connect-types";

type Channel = { id: string; resourceId: string; expiration?: string };

export type GoogleChannelOptions = {
  listResources: (api: ProviderApi, config: Record<string, unknown>) => Promise<RemoteResource[]>;
  /** Opens the watch for one resource: the path (and query) of its watch method. */
  watchPath: (api: ProviderApi, resource: string) => Promise<string>;
  /** POST path of channels.stop for this API. */
  stopPath: string;
  /** Channel lifetime to ask for, where the API's default is shorter than its maximum (Drive files: 1 h of at most 1 day). */
  lifetimeMs?: number;
};

export function googleChannels(options: GoogleChannelOptions): RemoteSpec {
  const open = async (api: ProviderApi, { resource, url, secret }: RemoteCreateArgs): Promise<RemoteCreated> => {
    const channel = await api.request<Channel>("POST", await options.watchPath(api, resource.id), {
      json: { id: randomUUID(), type: "web_hook", address: url, token: secret, ...(options.lifetimeMs ? { expiration: String(Date.now() + options.lifetimeMs) } : {}) },
    });
    return { remoteId: channel.id, expiresAt: channel.expiration ? new Date(Number(channel.expiration)) : undefined, extra: { resourceId: channel.resourceId } };
  };
  const stop = async (api: ProviderApi, id: string, resourceId: unknown) => {
    await api.request("POST", options.stopPath, { json: { id, resourceId } });
  };
  return {
    listResources: options.listResources,
    create: open,
    renew: async (api, webhook, args) => {
      const next = await open(api, args);
      await stop(api, webhook.remoteId, webhook.extra?.resourceId).catch(() => undefined); // it lapses on its own anyway
      return next;
    },
    delete: (api, webhook) => stop(api, webhook.remoteId, webhook.extra?.resourceId),
  };
}
