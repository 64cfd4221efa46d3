// A webhook on one Airtable base. Airtable chooses the secret (macSecretBase64, returned by
// create only), which becomes the endpoint's signing secret; since every webhook gets its own,
// one endpoint holds one webhook: the base is integration_config.base_id, or else the first base
// listed (the engine reports the others as errors rather than overwrite the secret). Webhooks expire after 7 days unless refreshed, which the renewal job
// does before expirationTime.
// https://airtable.com/developers/web/api/create-a-webhook
// https://airtable.com/developers/web/api/refresh-a-webhook
// https://airtable.com/developers/web/api/list-webhooks, https://airtable.com/developers/web/api/delete-a-webhook
// Bases: https://airtable.com/developers/web/api/list-bases
import "server-only";
import type { ProviderApi, RemoteSpec } from "../../connect-types";

type Webhook = { id: string; notificationUrl: string | null; isHookEnabled: boolean; expirationTime: string | null };
type Created = { id: string; macSecretBase64: string; expirationTime: string | null };

const basePath = (baseId: string) => `/v0/bases/${encodeURIComponent(baseId)}/webhooks`;

async function listBases(api: ProviderApi) {
  const bases: { id: string; name: string }[] = [];
  let offset: string | undefined;
  do {
    const page = await api.request<{ bases: { id: string; name: string }[]; offset?: string }>("GET", "/v0/meta/bases", { query: { offset } });
    bases.push(...page.bases);
    offset = page.offset;
  } while (offset && bases.length < 1000);
  return bases;
}

const expiry = (value: string | null | undefined) => (value ? new Date(value) : undefined);

export const airtableRemote: RemoteSpec = {
  signingSecret: "provider",
  listResources: async (api, config) => {
    const bases = await listBases(api);
    const chosen = typeof config.base_id === "string" ? bases.filter((b) => b.id === config.base_id) : bases;
    return chosen.map((b) => ({ id: b.id, name: b.name, kind: "base" }));
  },
  // tableData changes ping the URL; what changed is read from the webhook's payloads.
  create: async (api, { resource, url }) => {
    const created = await api.request<Created>("POST", basePath(resource.id), {
      json: { notificationUrl: url, specification: { options: { filters: { dataTypes: ["tableData"] } } } },
    });
    return { remoteId: created.id, secret: created.macSecretBase64, expiresAt: expiry(created.expirationTime) };
  },
  renew: async (api, webhook) => {
    const refreshed = await api.request<{ expirationTime: string | null }>("POST", `${basePath(webhook.resource)}/${encodeURIComponent(webhook.remoteId)}/refresh`);
    return { remoteId: webhook.remoteId, expiresAt: expiry(refreshed.expirationTime) };
  },
  delete: async (api, webhook) => {
    await api.request("DELETE", `${basePath(webhook.resource)}/${encodeURIComponent(webhook.remoteId)}`);
  },
  list: async (api, resource) => {
    const { webhooks } = await api.request<{ webhooks: Webhook[] }>("GET", basePath(resource));
    return webhooks.map((w) => ({ remoteId: w.id, url: w.notificationUrl ?? "", active: w.isHookEnabled }));
  },
};
