// Gmail push: users.watch tells Gmail to publish the mailbox's changes to a Cloud Pub/Sub topic
// (topicName from this integration's settings). A watch lasts 7 days and is renewed by calling
// watch again; users.stop ends it. Gmail knows nothing of Hookyard's URL: the user's Pub/Sub push
// subscription on that topic delivers to {webhookUrl}?token=<secret> (see the setup steps), since
// creating it would need the far wider Pub/Sub scope on the user's Cloud project.
// https://developers.google.com/workspace/gmail/api/reference/rest/v1/users/watch
// https://developers.google.com/workspace/gmail/api/reference/rest/v1/users/stop
// https://developers.google.com/workspace/gmail/api/guides/push#renewing_mailbox_watch
import "server-only";
import type { ProviderApi, RemoteCreated, RemoteSpec } from "../../connect-types";

type WatchResponse = { historyId: string; expiration: string };

async function watch(api: ProviderApi, config: Record<string, unknown>): Promise<RemoteCreated> {
  const topicName = typeof config.topicName === "string" ? config.topicName : undefined;
  // Reported per mailbox in remote_errors (the connection stays): the topic lives in the user's
  // Cloud project, so Hookyard cannot pick one.
  if (!topicName) throw new Error("set topicName (projects/<project>/topics/<topic>) in this integration's settings, then register again");
  const labelIds = Array.isArray(config.labelIds) && config.labelIds.length > 0 ? (config.labelIds as string[]) : undefined;
  const answer = await api.request<WatchResponse>("POST", "/gmail/v1/users/me/watch", {
    json: { topicName, ...(labelIds ? { labelIds, labelFilterBehavior: "include" } : {}) },
  });
  // One watch per mailbox: the topic it publishes to names it.
  return { remoteId: topicName, expiresAt: new Date(Number(answer.expiration)), extra: { historyId: answer.historyId } };
}

export const gmailRemote: RemoteSpec = {
  listResources: async (api) => [{ id: "me", name: String(api.settings.username ?? api.accountId), kind: "mailbox" }],
  create: (api, { config }) => watch(api, config),
  renew: (api, _webhook, { config }) => watch(api, config),
  delete: async (api) => {
    await api.request("POST", "/gmail/v1/users/me/stop");
  },
};
