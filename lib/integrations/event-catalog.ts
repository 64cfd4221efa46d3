// A provider's full list of event types, generated from the provider's own
// machine-readable source (an SDK's types, a JSON schema, an OpenAPI spec) or, where it
// publishes none, from its documentation page. One `event-catalog.json` per preset folder,
// written by `npm run catalogs` (scripts/catalogs/<id>.ts) and committed, so neither CI
// nor the app needs the network. The hand-written triggers of events.ts cover the main
// events; every other event type of the catalog becomes a generated trigger
// (lib/integrations/catalog-triggers.ts), so nothing a provider sends is without one.
import "server-only";
import { z } from "zod";

/** JSON Schema type names, as the official schemas spell them. */
export const jsonTypeSchema = z.enum(["string", "number", "integer", "boolean", "object", "array", "null"]);

export const catalogEventSchema = z.object({
  /** Exactly what the preset's `inbound.eventType()` returns for this event (e.g. "issue_comment", "charge.captured"). */
  type: z.string().min(1),
  /** One sentence, from the source where it has one. */
  description: z.string().min(1),
  /** The resource the event is about, for grouping in the trigger picker (e.g. "issue", "charge"). */
  group: z.string().min(1),
  /** Sub-kinds the provider sends under the same type (GitHub's `action`), when the source lists them. */
  actions: z.array(z.string()).optional(),
  /** Top-level fields the official schema requires, with their JSON types; absent when the source has no schema. */
  fields: z.record(z.string(), z.union([jsonTypeSchema, z.array(jsonTypeSchema)])).optional(),
});
export type CatalogEvent = z.infer<typeof catalogEventSchema>;

export const eventCatalogSchema = z.object({
  source: z.object({
    /** The package, spec or page the list was taken from. */
    name: z.string().min(1),
    /** The package or spec version, when the source is versioned. */
    version: z.string().optional(),
    /** Where a reader can check it: the docs page or the package's home. */
    url: z.url(),
    /** How many event types the source lists; the catalog may not be smaller (registry test). */
    count: z.number().int().positive(),
  }),
  /** The script that wrote the file, relative to the project root. */
  generatedBy: z.string(),
  events: z.array(catalogEventSchema).min(1),
});
export type EventCatalog = z.infer<typeof eventCatalogSchema>;
/** What a generator in scripts/catalogs returns: the runner adds `generatedBy`, the generator's own path. */
export type GeneratedCatalog = Omit<EventCatalog, "generatedBy">;

/** For preset.ts: `eventCatalog: readEventCatalog(catalogJson)` with `import catalogJson from "./event-catalog.json"`. */
export function readEventCatalog(json: unknown): EventCatalog {
  return eventCatalogSchema.parse(json);
}
