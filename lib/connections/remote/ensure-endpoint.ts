// The caller's inbound endpoint for the provider, created when absent, with the secret
// the provider-side webhooks will use. Hookyard generates that secret even where a user
// setting up by hand would copy it from the provider's console (GitHub, Linear): the API
// that creates the webhook accepts a secret of our choosing.
import "server-only";
import { randomToken } from "../../crypto";
import { db } from "../../db";
import { asJsonInput } from "../../json-input";
import { asStoredConfig, mergeConfig, readSecret } from "../../integration-webhooks/config";
import { webhookUrlFor } from "../../integration-webhooks/serialize";
import { checkTriggerTypes } from "../../integration-webhooks/trigger-types";
import type { IntegrationPreset } from "../../integrations/types";

export type RegistrationTarget = { endpointId: string; url: string; secret: string; triggerTypes: string[]; config: Record<string, unknown> };

/**
 * `policy.use` replaces the secret (the OAuth app's client secret, which Shopify signs with);
 * `policy.generate: false` keeps a missing secret missing (Box's console-only signature keys):
 * the target's secret is then "" and registration reports what to paste.
 */
export async function ensureEndpoint(userId: string, preset: IntegrationPreset, triggerTypes: string[] | undefined, policy: { use?: string; generate?: boolean } = {}): Promise<RegistrationTarget> {
  const wanted = triggerTypes ? checkTriggerTypes(preset, triggerTypes) : undefined;
  const existing = await db().integrationWebhook.findUnique({ where: { userId_providerId: { userId, providerId: preset.id } } });
  const stored = asStoredConfig(existing?.integrationConfig);
  const current = readSecret(stored);
  const generated = policy.generate === false ? "" : (preset.verification.generateSecret ?? (() => randomToken(32)))();
  const secret = policy.use ?? current ?? generated;
  const integrationConfig = asJsonInput(mergeConfig(preset, stored, secret && secret !== current ? { signingSecret: secret } : {}));
  const row = existing
    ? await db().integrationWebhook.update({ where: { id: existing.id }, data: { integrationConfig, ...(wanted ? { triggerTypes: wanted } : {}) } })
    : await db().integrationWebhook.create({
        data: { userId, providerId: preset.id, triggerTypes: wanted ?? checkTriggerTypes(preset, undefined), integrationConfig, status: "active" },
      });
  const { signing_secret: _secret, ...config } = stored;
  return { endpointId: row.id, url: webhookUrlFor(preset.id, row.id), secret, triggerTypes: row.triggerTypes as string[], config };
}

/** Makes a secret the provider chose (Stripe, Airtable) the endpoint's signing secret. */
export async function adoptProviderSecret(endpointId: string, preset: IntegrationPreset, secret: string): Promise<void> {
  const row = await db().integrationWebhook.findUniqueOrThrow({ where: { id: endpointId } });
  await db().integrationWebhook.update({ where: { id: endpointId }, data: { integrationConfig: asJsonInput(mergeConfig(preset, asStoredConfig(row.integrationConfig), { signingSecret: secret })) } });
}
