// GET /api/connections/{id}/webhooks: the provider-side webhooks Hookyard registered,
// each compared with the provider's own list: registered (there, pointing at Hookyard,
// active), drifted (there but changed or disabled), missing (gone). Google channels have
// no list API: a channel past its expiration is missing.
import "server-only";
import { ApiError } from "../../api/errors";
import type { RemoteListed } from "../../integrations/connect-types";
import { apiForConnection } from "../connection-api";
import { findConnection } from "../find-connection";
import { ProviderError } from "../provider-http";
import { readRemoteMetadata } from "../serialize";

export async function listRemoteWebhooks(userId: string, connectionId: string) {
  const row = await findConnection(userId, connectionId);
  const { preset, api } = apiForConnection(row);
  const metadata = readRemoteMetadata(row.remoteMetadata);
  const byResource = new Map<string, Promise<RemoteListed[]>>();
  const listed = (resource: string) => {
    if (!byResource.has(resource)) byResource.set(resource, preset.remote!.list!(api, resource));
    return byResource.get(resource)!;
  };
  try {
    const webhooks = await Promise.all(
      metadata.webhooks.map(async (webhook) => {
        let status: "registered" | "missing" | "drifted";
        if (preset.remote?.list) {
          const found = (await listed(webhook.resource)).find((l) => l.remoteId === webhook.remoteId);
          status = !found ? "missing" : found.url !== webhook.url || found.active === false ? "drifted" : "registered";
        } else {
          status = webhook.expiresAt && new Date(webhook.expiresAt).getTime() < Date.now() ? "missing" : "registered";
        }
        return { resource: webhook.resource, resourceName: webhook.resourceName, remoteId: webhook.remoteId, url: webhook.url, expiresAt: webhook.expiresAt ?? null, status };
      }),
    );
    return { webhooks, errors: metadata.errors };
  } catch (error) {
    if (error instanceof ProviderError) throw new ApiError("unprocessable", `Reading ${preset.name}'s webhooks failed: ${error.message}`);
    throw error;
  }
}
