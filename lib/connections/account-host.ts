// The account's own host for providers that have one per account (OAuthSpec.accountHost:
// Shopify's <shop>.myshopify.com). It comes from the user's endpoint settings rather than the
// authorize query so that it is stored, validated by the preset's schema, before the flow
// starts, and is read the same way when the callback arrives. The pattern is checked again
// here: the host ends up in URLs Hookyard calls with its client secret.
import "server-only";
import { ApiError } from "../api/errors";
import { db } from "../db";
import { asJsonInput } from "../json-input";
import type { OAuthSpec } from "../integrations/connect-types";
import type { IntegrationPreset } from "../integrations/types";
import { asStoredConfig, mergeConfig } from "../integration-webhooks/config";
import { ensureEndpoint } from "./remote/ensure-endpoint";
import { secretPolicy } from "./remote/signing-secret";

export async function accountHostFor(userId: string, preset: IntegrationPreset & { oauth: OAuthSpec }): Promise<string | undefined> {
  const wanted = preset.oauth.accountHost;
  if (!wanted) return undefined;
  const endpoint = await db().integrationWebhook.findUnique({ where: { userId_providerId: { userId, providerId: preset.id } }, select: { integrationConfig: true } });
  const host = asStoredConfig(endpoint?.integrationConfig)[wanted.configKey];
  if (typeof host !== "string" || !wanted.pattern.test(host)) {
    throw new ApiError(
      "unprocessable",
      `${preset.name} is connected per ${wanted.label}: create the ${preset.name} integration (POST /api/integration-webhooks) and set integration_config.${wanted.configKey} (PATCH /api/integration-webhooks/{id}) before connecting.`,
      { setting: wanted.configKey },
    );
  }
  return host;
}

/**
 * Saves the host a user typed on the Connect form (GET …/authorize?shop_domain=…) as the
 * endpoint setting accountHostFor reads, creating the endpoint when absent. The preset's
 * config schema validates it, so a bad value is a 400 naming the field and nothing is saved.
 */
export async function rememberAccountHost(userId: string, preset: IntegrationPreset & { oauth: OAuthSpec }, host: string): Promise<void> {
  const wanted = preset.oauth.accountHost;
  if (!wanted) return;
  const config = mergeConfig(preset, {}, { config: { [wanted.configKey]: host } }); // validates before anything is written
  const target = await ensureEndpoint(userId, preset, undefined, preset.remote ? secretPolicy(preset, preset.remote) : {});
  const row = await db().integrationWebhook.findUniqueOrThrow({ where: { id: target.endpointId }, select: { integrationConfig: true } });
  await db().integrationWebhook.update({ where: { id: target.endpointId }, data: { integrationConfig: asJsonInput({ ...asStoredConfig(row.integrationConfig), ...config }) } });
}

/** The host a connection was made on (Connection.settings.host), for its API and token URLs. */
export function connectionHost(settings: Record<string, unknown>): string | undefined {
  return typeof settings.host === "string" ? settings.host : undefined;
}
