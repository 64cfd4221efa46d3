// GET /api/integrations: the catalog as JSON, trigger schemas as JSON Schema.
// Built once per process: the presets are static.
import "server-only";
import { z } from "zod";
import { allTriggers } from "./catalog-triggers";
import { listPresets } from "./registry";
import type { IntegrationPreset } from "./types";

export const catalogEntrySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  category: z.string(),
  capabilities: z.array(z.string()),
  scopes: z.array(z.string()),
  authType: z.enum(["oauth", "apiKey", "secret", "none"]),
  docsUrl: z.string(),
  color: z.string(),
  icon: z.string(),
  triggerTypes: z.array(
    z.object({
      value: z.string(),
      description: z.string(),
      group: z.string().nullable().describe("The resource the trigger is about, for grouping"),
      eventTypes: z.array(z.string()).describe("The provider's own event type names this trigger stands for"),
      generated: z.boolean().describe("True for a trigger generated from the event catalog (generic processing), false for a hand-written one"),
      schema: z.record(z.string(), z.unknown()),
      sample: z.unknown(),
    }),
  ),
  eventCatalog: z
    .object({ source: z.string(), version: z.string().nullable(), url: z.string(), sourceCount: z.number().int(), eventTypes: z.number().int() })
    .nullable()
    .describe("Where the full list of the provider's event types was generated from"),
  supportsRemoteRegistration: z.boolean(),
  verification: z.string(),
  retries: z.object({
    level: z.enum(["none", "few", "sustained", "not-documented"]).describe("How the provider retries a failed delivery; anything but sustained can lose events to a refused request"),
    summary: z.string(),
    docsUrl: z.string(),
  }),
  secretSource: z.enum(["hookyard", "provider"]),
  secretLabel: z.string(),
  setupInstructions: z.array(z.string()),
  configFields: z.array(z.object({ key: z.string(), secret: z.boolean() })),
});
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

function toCatalogEntry(preset: IntegrationPreset): CatalogEntry {
  return {
    id: preset.id,
    name: preset.name,
    description: preset.description,
    category: preset.category,
    capabilities: preset.capabilities,
    scopes: preset.scopes,
    authType: preset.authType,
    docsUrl: preset.docsUrl,
    color: preset.color,
    icon: preset.icon,
    triggerTypes: allTriggers(preset).map((t) => ({
      value: t.value,
      description: t.description,
      group: t.group ?? null,
      eventTypes: t.eventTypes ?? [],
      generated: !preset.triggers.includes(t),
      // The payload as the provider sends it (input side of any transform).
      schema: z.toJSONSchema(t.schema, { io: "input", unrepresentable: "any" }),
      sample: t.sample,
    })),
    eventCatalog: preset.eventCatalog
      ? {
          source: preset.eventCatalog.source.name,
          version: preset.eventCatalog.source.version ?? null,
          url: preset.eventCatalog.source.url,
          sourceCount: preset.eventCatalog.source.count,
          eventTypes: preset.eventCatalog.events.length,
        }
      : null,
    supportsRemoteRegistration: preset.supportsRemoteRegistration,
    verification: preset.verification.scheme,
    retries: preset.retries,
    secretSource: preset.verification.secretSource,
    secretLabel: preset.verification.secretLabel,
    setupInstructions: preset.setupInstructions,
    configFields: Object.keys(preset.configSchema?.shape ?? {}).map((key) => ({ key, secret: preset.secretConfigKeys?.includes(key) ?? false })),
  };
}

let cached: CatalogEntry[] | undefined;

export function getCatalog(): CatalogEntry[] {
  cached ??= listPresets().map(toCatalogEntry);
  return cached;
}
