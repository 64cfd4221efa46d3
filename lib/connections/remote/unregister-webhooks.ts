// DELETE /api/connections/{id}/webhooks and the first half of a disconnect (the Botpress
// system's unregister): delete each provider-side webhook. A webhook the provider no
// longer knows (404/410) counts as deleted; other failures are reported and the webhook
// stays in remoteMetadata so that a later call can try again.
import "server-only";
import type { ProviderApi, RemoteSpec } from "../../integrations/connect-types";
import { apiForConnection } from "../connection-api";
import { findConnection } from "../find-connection";
import { ProviderError } from "../provider-http";
import { readRemoteMetadata, type ConnectionRow } from "../serialize";
import { updateRemoteMetadata } from "./update-remote-metadata";

export type UnregisterResult = { deleted: { resource: string; remoteId: string }[]; errors: { resource: string; remoteId: string; message: string }[] };

export async function deleteRemoteWebhooks(row: ConnectionRow, remote: RemoteSpec, api: ProviderApi): Promise<UnregisterResult> {
  const result: UnregisterResult = { deleted: [], errors: [] };
  for (const webhook of readRemoteMetadata(row.remoteMetadata).webhooks) {
    try {
      await remote.delete(api, webhook);
      result.deleted.push({ resource: webhook.resource, remoteId: webhook.remoteId });
    } catch (error) {
      if (error instanceof ProviderError && (error.status === 404 || error.status === 410)) result.deleted.push({ resource: webhook.resource, remoteId: webhook.remoteId });
      else result.errors.push({ resource: webhook.resource, remoteId: webhook.remoteId, message: (error as Error).message });
    }
  }
  return result;
}

export async function unregisterWebhooks(userId: string, connectionId: string): Promise<UnregisterResult> {
  const row = await findConnection(userId, connectionId);
  const { preset, api } = apiForConnection(row);
  if (!preset.remote) return { deleted: [], errors: [] };
  const result = await deleteRemoteWebhooks(row, preset.remote, api);
  const gone = new Set(result.deleted.map((d) => d.remoteId));
  await updateRemoteMetadata(row.id, (current) => ({ ...current, webhooks: current.webhooks.filter((w) => !gone.has(w.remoteId)) }));
  return result;
}
