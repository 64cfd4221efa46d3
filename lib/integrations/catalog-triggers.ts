// Every trigger of a preset: its hand-written triggers (events.ts: the main events, with
// the zod schema that process() reads and a sample), then one generated trigger for each
// event type of its event catalog that no hand-written trigger names in `eventTypes`.
// A generated trigger's schema is derived from the official JSON schema's required
// top-level fields where the source has one, else a passthrough object: a payload that
// does not match is still processed, marked with schema drift (evaluate-event.ts).
import "server-only";
import { z } from "zod";
import type { CatalogEvent } from "./event-catalog";
import type { IntegrationPreset, TriggerDefinition } from "./types";

/** The wildcard trigger type: the endpoint takes every event its provider sends (as in Hookdeck and Svix). */
export const ALL_TRIGGERS = "*";

/** `<provider>_trigger_<event>`: dashes, dots, slashes and spaces of either part as underscores. */
export function triggerValueFor(providerId: string, eventType: string): string {
  const slug = (text: string) =>
    text
      .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "");
  return `${slug(providerId)}_trigger_${slug(eventType) || "event"}`;
}

const JSON_TYPES: Record<string, z.ZodType> = {
  string: z.string(),
  number: z.number(),
  integer: z.number().int(),
  boolean: z.boolean(),
  object: z.record(z.string(), z.unknown()),
  array: z.array(z.unknown()),
  null: z.null(),
};

function schemaOf(fields: CatalogEvent["fields"]): z.ZodType {
  const shape = Object.fromEntries(
    Object.entries(fields ?? {}).map(([key, type]) => {
      const types = (Array.isArray(type) ? type : [type]).map((t) => JSON_TYPES[t]);
      return [key, types.length === 1 ? types[0] : z.union(types)];
    }),
  );
  return z.looseObject(shape);
}

function generatedTrigger(preset: IntegrationPreset, event: CatalogEvent): TriggerDefinition {
  const actions = event.actions?.length ? ` (${event.actions.join(", ")})` : "";
  return {
    value: triggerValueFor(preset.id, event.type),
    description: event.description + actions,
    schema: schemaOf(event.fields),
    eventTypes: [event.type],
    group: event.group,
  };
}

type PresetTriggers = { all: TriggerDefinition[]; byValue: Map<string, TriggerDefinition>; byEventType: Map<string, TriggerDefinition> };
const cache = new WeakMap<IntegrationPreset, PresetTriggers>();

function triggersOf(preset: IntegrationPreset): PresetTriggers {
  let entry = cache.get(preset);
  if (entry) return entry;
  const covered = new Set(preset.triggers.flatMap((t) => t.eventTypes ?? []));
  const generated = (preset.eventCatalog?.events ?? []).filter((e) => !covered.has(e.type)).map((e) => generatedTrigger(preset, e));
  const all = [...preset.triggers, ...generated];
  const byEventType = new Map<string, TriggerDefinition>();
  for (const t of all) for (const type of t.eventTypes ?? []) if (!byEventType.has(type)) byEventType.set(type, t);
  entry = { all, byValue: new Map(all.map((t) => [t.value, t])), byEventType };
  cache.set(preset, entry);
  return entry;
}

/** The preset's triggers, hand-written first, then the generated ones. */
export function allTriggers(preset: IntegrationPreset): TriggerDefinition[] {
  return triggersOf(preset).all;
}

export function findTrigger(preset: IntegrationPreset, value: string): TriggerDefinition | undefined {
  return triggersOf(preset).byValue.get(value);
}

/** The trigger of a provider event type: the catalog's, else a value built from the type (an event newer than the catalog). */
export function triggerForEventType(preset: IntegrationPreset, eventType: string | null): string {
  const known = eventType === null ? undefined : triggersOf(preset).byEventType.get(eventType);
  return known?.value ?? triggerValueFor(preset.id, eventType ?? "event");
}

/** Whether an endpoint's stored trigger types take this trigger: `*` (or no list at all) takes every one. */
export function subscribesTo(triggerTypes: unknown, trigger: string): boolean {
  if (!Array.isArray(triggerTypes)) return true;
  return triggerTypes.includes(ALL_TRIGGERS) || triggerTypes.includes(trigger);
}
