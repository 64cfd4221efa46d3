// GET /api/connections/{id}/resources (the Dust system's getServiceData): what a
// provider-side webhook can be registered on, fetched with the connection's token.
import "server-only";
import { ApiError } from "../../api/errors";
import type { ProviderApi, RemoteResource, RemoteSpec } from "../../integrations/connect-types";
import type { IntegrationPreset } from "../../integrations/types";
import { asStoredConfig } from "../../integration-webhooks/config";
import { db } from "../../db";
import { apiForConnection } from "../connection-api";
import { findConnection } from "../find-connection";
import { ProviderError } from "../provider-http";

export function remoteOf(preset: IntegrationPreset): RemoteSpec {
  if (!preset.remote) {
    throw new ApiError("unprocessable", `${preset.name} has no API for creating webhooks; follow the setup instructions of GET /api/integration-webhooks/${preset.id}.`);
  }
  return preset.remote;
}

export async function listResourcesOf(preset: IntegrationPreset, api: ProviderApi, config: Record<string, unknown>): Promise<RemoteResource[]> {
  try {
    return await remoteOf(preset).listResources(api, config);
  } catch (error) {
    if (error instanceof ProviderError) throw new ApiError("unprocessable", `Listing ${preset.name} resources failed: ${error.message}`);
    throw error;
  }
}

export async function listResources(userId: string, connectionId: string): Promise<RemoteResource[]> {
  const row = await findConnection(userId, connectionId);
  const { preset, api } = apiForConnection(row);
  const endpoint = await db().integrationWebhook.findUnique({ where: { userId_providerId: { userId, providerId: preset.id } }, select: { integrationConfig: true } });
  const { signing_secret: _secret, ...config } = asStoredConfig(endpoint?.integrationConfig);
  return listResourcesOf(preset, api, config);
}
