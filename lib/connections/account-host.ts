// The account's own host for providers that have one per account (OAuthSpec.accountHost:
// Shopify's <shop>.myshopify.com). It comes from the user's endpoint settings rather than the
// authorize query so that it is stored, validated by the preset's schema, before the flow
// starts, and is read the same way when the callback arrives. The pattern is checked again
// here: the host ends up in URLs Hookyard calls with its client secret.
import { ApiError } from "../api/errors";
import { db } from "../db";
import type { OAuthSpec } from "../integrations/connect-types";
import type { IntegrationPreset } from "../integrations/types";
import { asStoredConfig } from "../integration-webhooks/config";

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
