// A persisted endpoint, or the generated entry for an integration the user has not
// set up, in the ChainReact IntegrationWebhook shape.
import "server-only";
import { env } from "../env";
import { ALL_TRIGGERS } from "../integrations/catalog-triggers";
import type { IntegrationPreset } from "../integrations/types";
import { asStoredConfig, publicConfig, SIGNING_SECRET_KEY } from "./config";
import type { IntegrationWebhookDto } from "./schemas";

export type EndpointRow = {
  id: string;
  userId: string;
  providerId: string;
  triggerTypes: unknown;
  integrationConfig: unknown;
  status: string;
  lastTriggered: Date | null;
  triggerCount: number;
  errorCount: number;
  /** Not in the API shape (DESIGN.md fixes it field for field); the history page shows it. */
  driftCount?: number;
  createdAt: Date;
  updatedAt: Date;
};

export function webhookUrlFor(providerId: string, endpointId: string): string {
  return `${env().publicUrl}/api/webhooks/${providerId}/${endpointId}`;
}

export function renderInstructions(preset: IntegrationPreset, webhookUrl: string): string {
  const url = webhookUrl || "your Hookyard webhook URL (create this endpoint first to get it)";
  return preset.setupInstructions.map((step, index) => `${index + 1}. ${step.replaceAll("{webhookUrl}", url)}`).join("\n");
}

export function toDto(preset: IntegrationPreset, userId: string, row: EndpointRow | null): IntegrationWebhookDto {
  const stored = asStoredConfig(row?.integrationConfig);
  const webhookUrl = row ? webhookUrlFor(preset.id, row.id) : "";
  const secretMissing = preset.verification.secretSource === "provider" && typeof stored[SIGNING_SECRET_KEY] !== "string";
  return {
    id: row?.id ?? preset.id,
    user_id: userId,
    provider_id: preset.id,
    webhook_url: webhookUrl,
    trigger_types: Array.isArray(row?.triggerTypes) ? (row.triggerTypes as string[]) : [ALL_TRIGGERS],
    integration_config: publicConfig(preset, stored),
    external_config: {
      type: "webhook",
      setup_required: !row || secretMissing,
      instructions: renderInstructions(preset, webhookUrl),
      integration_name: preset.name,
      category: preset.category,
      capabilities: preset.capabilities,
    },
    status: (row?.status ?? "inactive") as IntegrationWebhookDto["status"],
    last_triggered: row?.lastTriggered?.toISOString() ?? null,
    trigger_count: row?.triggerCount ?? 0,
    error_count: row?.errorCount ?? 0,
    created_at: row?.createdAt.toISOString() ?? null,
    updated_at: row?.updatedAt.toISOString() ?? null,
  };
}
