// The caller's endpoint by its id, or by provider id (one endpoint per provider
// per user), so that /api/integration-webhooks/github works before and after setup.
import "server-only";
import { ApiError } from "../api/errors";
import { db } from "../db";
import { getPreset } from "../integrations/registry";
import type { IntegrationPreset } from "../integrations/types";
import type { EndpointRow } from "./serialize";

export type FoundEndpoint = { preset: IntegrationPreset; row: EndpointRow | null };

export async function findIntegrationWebhook(userId: string, idOrProvider: string): Promise<FoundEndpoint> {
  const presetById = getPreset(idOrProvider);
  if (presetById) {
    const row = await db().integrationWebhook.findUnique({ where: { userId_providerId: { userId, providerId: presetById.id } } });
    return { preset: presetById, row };
  }
  const row = await db().integrationWebhook.findFirst({ where: { id: idOrProvider, userId } });
  const preset = row && getPreset(row.providerId);
  if (!row || !preset) throw new ApiError("not_found", `No integration webhook with id "${idOrProvider}".`);
  return { preset, row };
}

/** Like findIntegrationWebhook, but the endpoint must exist (PATCH, DELETE, events…). */
export async function findPersistedIntegrationWebhook(userId: string, idOrProvider: string): Promise<{ preset: IntegrationPreset; row: EndpointRow }> {
  const found = await findIntegrationWebhook(userId, idOrProvider);
  if (!found.row) {
    throw new ApiError("not_found", `${found.preset.name} is not set up yet: create it with POST /api/integration-webhooks {"provider_id":"${found.preset.id}"}.`);
  }
  return { preset: found.preset, row: found.row };
}
