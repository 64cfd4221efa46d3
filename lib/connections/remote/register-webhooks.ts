// POST /api/connections/{id}/webhooks (the Dust system's createWebhooks, the Botpress
// system's register): one provider-side webhook per resource (repo, team, calendar…),
// pointing at the caller's endpoint with the endpoint's secret. Each resource succeeds or
// fails on its own: failures are answered and kept in remoteMetadata.errors, never hidden,
// and the webhooks that were created are kept.
import "server-only";
import { ApiError } from "../../api/errors";
import type { RemoteResource, RemoteWebhook } from "../../integrations/connect-types";
import { apiForConnection } from "../connection-api";
import { findConnection } from "../find-connection";
import type { RegisterWebhooksInput } from "../schemas";
import { readRemoteMetadata, type RemoteError } from "../serialize";
import { adoptProviderSecret, ensureEndpoint } from "./ensure-endpoint";
import { listResourcesOf, remoteOf } from "./list-resources";
import { secretPolicy, secretRefusal } from "./signing-secret";
import { scheduleRenewal } from "./renew-remote-webhook";
import { updateRemoteMetadata } from "./update-remote-metadata";

export type RegisterResult = { created: { resource: string; remoteId: string }[]; errors: { resource: string; message: string }[] };

export async function registerWebhooks(userId: string, connectionId: string, input: RegisterWebhooksInput): Promise<RegisterResult> {
  const row = await findConnection(userId, connectionId);
  const { preset, api } = apiForConnection(row);
  const remote = remoteOf(preset);
  if (row.status !== "active") throw new ApiError("conflict", `This ${preset.name} connection is in status ${row.status}; reconnect it first.`);
  const target = await ensureEndpoint(userId, preset, input.trigger_types, secretPolicy(preset, remote));
  const available = await listResourcesOf(preset, api, target.config);
  const wanted: (RemoteResource | string)[] = input.resources ? input.resources.map((id) => available.find((r) => r.id === id) ?? id) : available;

  const metadata = readRemoteMetadata(row.remoteMetadata);
  const added: RemoteWebhook[] = [];
  const result: RegisterResult = { created: [], errors: [] };
  for (const resource of wanted) {
    if (typeof resource === "string") {
      result.errors.push({ resource, message: `not among the resources this ${preset.name} account can reach (GET /api/connections/${row.id}/resources)` });
      continue;
    }
    const existing = [...metadata.webhooks, ...added].find((w) => w.resource === resource.id && w.url === target.url);
    if (existing) {
      result.created.push({ resource: resource.id, remoteId: existing.remoteId }); // already registered: idempotent
      continue;
    }
    const refusal = secretRefusal(preset, remote, target.secret, metadata.webhooks.length + added.length);
    if (refusal) {
      result.errors.push({ resource: resource.id, message: refusal });
      continue;
    }
    try {
      const created = await remote.create(api, { resource, url: target.url, secret: target.secret, triggerTypes: target.triggerTypes, config: target.config });
      if (created.secret) await adoptProviderSecret(target.endpointId, preset, created.secret);
      const webhook: RemoteWebhook = {
        resource: resource.id,
        resourceName: resource.name,
        remoteId: created.remoteId,
        url: target.url,
        createdAt: new Date().toISOString(),
        ...(created.expiresAt ? { expiresAt: created.expiresAt.toISOString() } : {}),
        ...(created.extra ? { extra: created.extra } : {}),
      };
      added.push(webhook);
      result.created.push({ resource: resource.id, remoteId: created.remoteId });
    } catch (error) {
      result.errors.push({ resource: resource.id, message: (error as Error).message });
    }
  }
  const at = new Date().toISOString();
  const touched = new Set(wanted.map((r) => (typeof r === "string" ? r : r.id)));
  const failed: RemoteError[] = result.errors.map((e) => ({ ...e, at }));
  await updateRemoteMetadata(row.id, (current) => ({ webhooks: [...current.webhooks, ...added], errors: [...current.errors.filter((e) => !touched.has(e.resource)), ...failed] }));
  for (const webhook of added) await scheduleRenewal(row.id, webhook); // after the ids are stored, which the job reads
  return result;
}
