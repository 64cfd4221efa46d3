// GET /api/integrations: the catalog as JSON, trigger schemas as JSON Schema.
// Built once per process: the presets are static.
import "server-only";
import { z } from "zod";
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
  triggerTypes: z.array(z.object({ value: z.string(), description: z.string(), schema: z.record(z.string(), z.unknown()), sample: z.unknown() })),
  supportsRemoteRegistration: z.boolean(),
  verification: z.string(),
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
    triggerTypes: preset.triggers.map((t) => ({
      value: t.value,
      description: t.description,
      // The payload as the provider sends it (input side of any transform).
      schema: z.toJSONSchema(t.schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>,
      sample: t.sample,
    })),
    supportsRemoteRegistration: preset.supportsRemoteRegistration,
    verification: preset.verification.scheme,
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
