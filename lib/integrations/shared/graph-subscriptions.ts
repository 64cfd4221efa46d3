// Microsoft Graph change-notification subscriptions (Teams, Outlook, OneDrive): create with
// the endpoint's secret as clientState, renew with PATCH expirationDateTime before they lapse,
// delete on disconnect. Graph validates notificationUrl (validationToken) during the create
// call, which the inbound receiver answers.
// https://learn.microsoft.com/en-us/graph/api/subscription-post-subscriptions
// https://learn.microsoft.com/en-us/graph/api/subscription-update
// Maximum lifetimes per resource: https://learn.microsoft.com/en-us/graph/api/resources/subscription#subscription-lifetime
import "server-only";
import type { ProviderApi, RemoteResource, RemoteSpec } from "../connect-types";

type Subscription = { id: string; expirationDateTime: string; notificationUrl?: string };

export type GraphSubscriptionOptions = {
  listResources: (api: ProviderApi) => Promise<RemoteResource[]>;
  changeType: (resource: string) => string;
  /** The resource's maximum subscription lifetime, minus a margin. */
  maxMinutes: number;
};

export function graphSubscriptions(options: GraphSubscriptionOptions): RemoteSpec {
  const expiry = () => new Date(Date.now() + options.maxMinutes * 60_000).toISOString();
  return {
    listResources: (api) => options.listResources(api),
    create: async (api, { resource, url, secret }) => {
      const sub = await api.request<Subscription>("POST", "/subscriptions", {
        json: { changeType: options.changeType(resource.id), notificationUrl: url, resource: resource.id, expirationDateTime: expiry(), clientState: secret },
      });
      return { remoteId: sub.id, expiresAt: new Date(sub.expirationDateTime) };
    },
    renew: async (api, webhook) => {
      const sub = await api.request<Subscription>("PATCH", `/subscriptions/${encodeURIComponent(webhook.remoteId)}`, { json: { expirationDateTime: expiry() } });
      return { remoteId: webhook.remoteId, expiresAt: new Date(sub.expirationDateTime) };
    },
    delete: async (api, webhook) => {
      await api.request("DELETE", `/subscriptions/${encodeURIComponent(webhook.remoteId)}`);
    },
    // https://learn.microsoft.com/en-us/graph/api/subscription-list
    list: async (api) => (await api.request<{ value: Subscription[] }>("GET", "/subscriptions")).value.map((s) => ({ remoteId: s.id, url: s.notificationUrl ?? "" })),
  };
}
