// PATCH /api/integration-webhooks/{id}: trigger types, on/off, the signing secret
// the provider issued, and the preset's other settings.
import "server-only";
import { db } from "../db";
import { publishLive } from "../live/bus";
import { endpointMessage } from "../live/messages";
import { asStoredConfig, mergeConfig } from "./config";
import { findPersistedIntegrationWebhook } from "./find-integration-webhook";
import type { IntegrationWebhookUpdateInput } from "./schemas";
import { toDto } from "./serialize";
import { checkTriggerTypes } from "./trigger-types";

export async function updateIntegrationWebhook(userId: string, idOrProvider: string, input: IntegrationWebhookUpdateInput) {
  const { preset, row } = await findPersistedIntegrationWebhook(userId, idOrProvider);
  const data: { triggerTypes?: string[]; status?: string; integrationConfig?: object; consecutiveFailures?: number } = {};
  if (input.trigger_types !== undefined) data.triggerTypes = checkTriggerTypes(preset, input.trigger_types);
  if (input.status !== undefined) {
    data.status = input.status;
    if (input.status === "active") data.consecutiveFailures = 0;
  }
  if (input.signing_secret !== undefined || input.integration_config !== undefined) {
    data.integrationConfig = mergeConfig(preset, asStoredConfig(row.integrationConfig), { signingSecret: input.signing_secret, config: input.integration_config });
  }
  const updated = await db().integrationWebhook.update({ where: { id: row.id }, data });
  if (updated.status !== row.status) publishLive(endpointMessage(updated));
  return toDto(preset, userId, updated);
}
