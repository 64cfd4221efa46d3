// POST /api/integration-webhooks: one endpoint per provider per user. Where
// Hookyard chooses the signing secret it is generated here and returned once.
import "server-only";
import { ApiError } from "../api/errors";
import { randomToken } from "../crypto";
import { db } from "../db";
import { asJsonInput } from "../json-input";
import { getPreset } from "../integrations/registry";
import { PROVIDER_IDS } from "../integrations/types";
import { mergeConfig } from "./config";
import type { IntegrationWebhookCreateInput } from "./schemas";
import { toDto } from "./serialize";
import { checkTriggerTypes } from "./trigger-types";

export async function createIntegrationWebhook(userId: string, input: IntegrationWebhookCreateInput) {
  const preset = getPreset(input.provider_id);
  if (!preset) {
    throw new ApiError("not_found", `Unknown provider_id "${input.provider_id}". Known providers: ${PROVIDER_IDS.join(", ")}`);
  }
  const triggerTypes = checkTriggerTypes(preset, input.trigger_types);
  const existing = await db().integrationWebhook.findUnique({ where: { userId_providerId: { userId, providerId: preset.id } }, select: { id: true } });
  if (existing) throw new ApiError("conflict", `You already have a ${preset.name} webhook (${existing.id}); change it with PATCH.`, { id: existing.id });

  const { secretSource, generateSecret } = preset.verification;
  const signingSecret = secretSource === "hookyard" ? (generateSecret ?? (() => randomToken(32)))() : undefined;
  const row = await db()
    .integrationWebhook.create({
      data: { userId, providerId: preset.id, triggerTypes, integrationConfig: asJsonInput(mergeConfig(preset, {}, { signingSecret })), status: "active" },
    })
    .catch((error: { code?: string }) => {
      // Two requests raced past the check above: the unique (userId, providerId) decides.
      if (error.code === "P2002") throw new ApiError("conflict", `You already have a ${preset.name} webhook; change it with PATCH.`);
      throw error;
    });
  return { ...toDto(preset, userId, row), ...(signingSecret ? { signing_secret: signingSecret } : {}) };
}
