// X: a v2 webhook pointing at the user's endpoint plus an Account Activity subscription of the
// connected account to it. The two halves take different credentials (docs.x.com, checked
// 2026-11):
// - The v2 Webhooks API (POST/GET /2/webhooks, DELETE /2/webhooks/{id}) takes only the app's
//   OAuth 2.0 App Only bearer token: https://docs.x.com/x-api/webhooks/introduction
//   (section "Endpoints"). Creating one makes X send a CRC GET to the URL at once, answered by
//   this preset's handshake with the consumer secret: https://docs.x.com/x-api/webhooks/quickstart
// - Subscribing an account (POST /2/account_activity/webhooks/{id}/subscriptions/all) takes that
//   account's OAuth 2.0 user token (scopes dm.read, dm.write, tweet.read, users.read) or an OAuth
//   1.0a user token: https://docs.x.com/x-api/account-activity/create-subscription (the OpenAPI
//   security of the operation, also in X's generated SDK, xdevplatform/xdk-typescript
//   src/account_activity/client.ts). The connection's token is that OAuth 2.0 user token.
// - Unsubscribing by user id (DELETE …/subscriptions/{user_id}/all) and listing a webhook's
//   subscriptions (GET …/subscriptions/all/list) take the app bearer token:
//   https://docs.x.com/x-api/account-activity/delete-subscription,
//   https://docs.x.com/x-api/account-activity/get-account-activity-subscriptions
// So the app bearer token is a server setting (TWITTER_BEARER_TOKEN), as is the consumer secret
// X signs with (TWITTER_CONSUMER_SECRET, RemoteSpec "app-secret"): both belong to the server's X
// app, the one whose OAuth 2.0 client the user authorizes, and a user never sees either.
// One X webhook per endpoint URL: several X accounts connected by one Hookyard user share it, so
// it is deleted with its last subscription.
import "server-only";
import { envValue } from "../../../env";
import type { ProviderApi, ProviderRequestOptions, RemoteSpec } from "../../connect-types";
import { TWITTER_BEARER_TOKEN, TWITTER_CONSUMER_SECRET } from "../../provider-env";

type Webhook = { id: string; url: string; valid?: boolean };

function appBearer(): string {
  const token = envValue(TWITTER_BEARER_TOKEN);
  if (!token) throw new Error(`X's webhook API takes only the app's bearer token: the server administrator must set ${TWITTER_BEARER_TOKEN} and restart`);
  return token;
}

/** A call with the app's bearer token instead of the connection's user token. */
const asApp = (options: ProviderRequestOptions = {}): ProviderRequestOptions => ({ ...options, anonymous: true, headers: { ...options.headers, authorization: `Bearer ${appBearer()}` } });

const path = (...parts: string[]) => "/2/" + parts.map(encodeURIComponent).join("/");

async function webhooks(api: ProviderApi): Promise<Webhook[]> {
  return (await api.request<{ data?: Webhook[] }>("GET", "/2/webhooks", asApp())).data ?? [];
}

export const twitterRemote: RemoteSpec = {
  signingSecret: "app-secret",
  appSecretEnv: TWITTER_CONSUMER_SECRET,
  // Account Activity is per account: the connected account is the one resource.
  listResources: async (api) => [{ id: api.accountId, name: typeof api.settings.username === "string" ? `@${api.settings.username}` : api.accountId, kind: "account" }],
  create: async (api, { resource, url }) => {
    // X refuses a second webhook with the same URL; another account of this user may have made it.
    let webhook = (await webhooks(api)).find((w) => w.url === url);
    const created = !webhook;
    webhook ??= (await api.request<{ data: Webhook }>("POST", "/2/webhooks", asApp({ json: { url } }))).data;
    try {
      await api.request("POST", path("account_activity", "webhooks", webhook.id, "subscriptions", "all"), { json: {} });
    } catch (error) {
      // Without a subscription the webhook would only collect CRC checks; do not leave it behind.
      if (created) await api.request("DELETE", path("webhooks", webhook.id), asApp()).catch(() => undefined);
      throw error;
    }
    return { remoteId: webhook.id, extra: { userId: resource.id } };
  },
  delete: async (api, webhook) => {
    const userId = typeof webhook.extra?.userId === "string" ? webhook.extra.userId : webhook.resource;
    // Already unsubscribed (the user revoked the app): still delete the webhook if it is unused.
    await api.request("DELETE", path("account_activity", "webhooks", webhook.remoteId, "subscriptions", userId, "all"), asApp()).catch((error: { status?: number }) => {
      if (error.status !== 404) throw error;
    });
    const left = await api.request<{ data?: { subscriptions?: { user_id: string }[] } }>("GET", path("account_activity", "webhooks", webhook.remoteId, "subscriptions", "all", "list"), asApp());
    if ((left.data?.subscriptions ?? []).length === 0) await api.request("DELETE", path("webhooks", webhook.remoteId), asApp());
  },
  // X marks a webhook invalid when its CRC checks fail: shown as drifted.
  list: async (api) => (await webhooks(api)).map((w) => ({ remoteId: w.id, url: w.url, active: w.valid !== false })),
};
