// One webhook per open board of the connected member (idModel = the board). Trello sends HEAD
// to the callback URL before it saves the webhook (Hookyard's receiver answers 200), then signs
// every POST with the application's secret over body + callbackURL: the endpoint's signing
// secret is TRELLO_CLIENT_SECRET (RemoteSpec "client-secret"), and the callbackURL is exactly the
// endpoint URL that inbound verification appends.
// https://developer.atlassian.com/cloud/trello/guides/rest-api/webhooks/
// https://developer.atlassian.com/cloud/trello/rest/api-group-webhooks/#api-webhooks-post
// Boards: https://developer.atlassian.com/cloud/trello/rest/api-group-members/#api-members-id-boards-get
// No `list`: Trello lists webhooks only per token (GET /tokens/{token}/webhooks) and a preset
// never handles the raw token, so the drift view shows Trello webhooks as registered.
import "server-only";
import type { RemoteSpec } from "../../connect-types";

type Webhook = { id: string; idModel: string; callbackURL: string; active: boolean };

export const trelloRemote: RemoteSpec = {
  signingSecret: "client-secret",
  listResources: async (api) => {
    const boards = await api.request<{ id: string; name: string }[]>("GET", "/members/me/boards", { query: { filter: "open", fields: "id,name" } });
    return boards.map((b) => ({ id: b.id, name: b.name, kind: "board" }));
  },
  create: async (api, { resource, url }) => {
    const webhook = await api.request<Webhook>("POST", "/webhooks", { json: { callbackURL: url, idModel: resource.id, description: `Hookyard: ${resource.name}` } });
    return { remoteId: webhook.id };
  },
  delete: async (api, webhook) => {
    await api.request("DELETE", `/webhooks/${encodeURIComponent(webhook.remoteId)}`);
  },
};
