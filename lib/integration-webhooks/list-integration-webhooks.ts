// GET /api/integration-webhooks: the caller's endpoints first, then a generated
// entry for every catalog integration without one. When the database cannot be
// read the generated entries are still returned, marked degraded (ChainReact's
// fallback), so the dashboard keeps working.
import "server-only";
import { ALL_TRIGGERS } from "../integrations/catalog-triggers";
import { db } from "../db";
import { listPresets } from "../integrations/registry";
import type { IntegrationPreset } from "../integrations/types";
import type { IntegrationWebhookDto, IntegrationWebhookListQuery } from "./schemas";
import { toDto, type EndpointRow } from "./serialize";

export type IntegrationWebhookList = { items: IntegrationWebhookDto[]; degraded: boolean };

export async function listIntegrationWebhooks(userId: string, query: IntegrationWebhookListQuery): Promise<IntegrationWebhookList> {
  let rows: EndpointRow[] = [];
  let degraded = false;
  try {
    rows = await db().integrationWebhook.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
  } catch (error) {
    console.error("[hookyard] integration webhooks: database read failed, answering with generated entries:", (error as Error).message);
    degraded = true;
  }
  const presets = listPresets();
  const byProvider = new Map(rows.map((row) => [row.providerId, row]));
  const persisted = rows.flatMap((row) => {
    const preset = presets.find((p) => p.id === row.providerId);
    return preset ? [toDto(preset, userId, row)] : [];
  });
  const generated = presets.filter((p) => !byProvider.has(p.id)).map((p) => toDto(p, userId, null));
  const items = [...persisted, ...generated].filter((item) => matches(item, presets, query));
  return { items, degraded };
}

function matches(item: IntegrationWebhookDto, presets: IntegrationPreset[], query: IntegrationWebhookListQuery): boolean {
  if (query.category && item.external_config.category !== query.category) return false;
  if (query.status && item.status !== query.status) return false;
  if (query.q) {
    const preset = presets.find((p) => p.id === item.provider_id)!;
    // "*" searches as the preset's main (hand-written) triggers: every generated one would make most queries match.
    const triggers = item.trigger_types.includes(ALL_TRIGGERS) ? preset.triggers.map((t) => t.value) : item.trigger_types;
    const haystack = [preset.id, preset.name, preset.description, preset.category, ...triggers].join(" ").toLowerCase();
    if (!haystack.includes(query.q.toLowerCase())) return false;
  }
  return true;
}
