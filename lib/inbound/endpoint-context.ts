// Everything verification needs about one endpoint: its row, its preset, and its
// secrets decrypted for the length of one request.
import "server-only";
import { asStoredConfig, SIGNING_SECRET_KEY } from "../integration-webhooks/config";
import { webhookUrlFor } from "../integration-webhooks/serialize";
import type { IntegrationPreset } from "../integrations/types";
import { decryptSecretCached } from "./secret-cache";
import type { InboundRequest, VerifyContext } from "./types";

export type InboundEndpoint = { id: string; userId: string; providerId: string; status: string; triggerTypes: unknown; integrationConfig: unknown };

export function verifyContext(endpoint: InboundEndpoint, preset: IntegrationPreset, request: InboundRequest): VerifyContext {
  const stored = asStoredConfig(endpoint.integrationConfig);
  return { request, secret: signingSecret(stored), config: decryptedConfig(preset, stored), webhookUrl: webhookUrlFor(preset.id, endpoint.id), now: Date.now() };
}

/** integration_config without the signing secret, its secret fields decrypted. */
export function decryptedConfig(preset: IntegrationPreset, stored: Record<string, unknown>): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stored)) {
    if (key === SIGNING_SECRET_KEY) continue;
    config[key] = preset.secretConfigKeys?.includes(key) && typeof value === "string" ? decryptSecretCached(value) : value;
  }
  return config;
}

function signingSecret(stored: Record<string, unknown>): string | undefined {
  const value = stored[SIGNING_SECRET_KEY];
  return typeof value === "string" ? decryptSecretCached(value) : undefined;
}
