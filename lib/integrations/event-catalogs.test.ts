// Every preset carries its provider's full event catalog (issue 11): generated from the
// provider's own source by `npm run catalogs`, never smaller than that source, and every
// event type has exactly one trigger, hand-written or generated.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { allTriggers, triggerForEventType } from "./catalog-triggers";
import { getCatalog } from "./catalog";
import { listPresets, PRESETS } from "./registry";

const presets = listPresets();

describe("event catalogs", () => {
  it.each(presets.map((p) => [p.id, p] as const))("%s: has a catalog no smaller than its source, with a trigger per event type", (_id, preset) => {
    const catalog = preset.eventCatalog;
    expect(catalog, `${preset.id} has no event-catalog.json (npm run catalogs -- ${preset.id})`).toBeDefined();
    expect(catalog.events.length).toBeGreaterThanOrEqual(catalog.source.count);
    expect(catalog.generatedBy).toMatch(/^scripts\/catalogs\/[a-z-]+\.ts$/);
    const types = catalog.events.map((e) => e.type);
    for (const trigger of preset.triggers) for (const type of trigger.eventTypes ?? []) expect(types, `${trigger.value} names ${type}`).toContain(type);
    const triggers = allTriggers(preset);
    expect(new Set(triggers.map((t) => t.value)).size, "trigger values are unique").toBe(triggers.length);
    for (const type of types)
      expect(
        triggers.some((t) => t.eventTypes?.includes(type)),
        `${type} has a trigger`,
      ).toBe(true);
  });

  it("has globally unique trigger values across every preset, generated ones included", () => {
    const values = presets.flatMap((p) => allTriggers(p).map((t) => t.value));
    expect(new Set(values).size).toBe(values.length);
  });

  it("lists each catalog in GET /api/integrations with its source", () => {
    for (const entry of getCatalog()) {
      const preset = PRESETS[entry.id as keyof typeof PRESETS];
      expect(entry.eventCatalog).toMatchObject({ source: preset.eventCatalog.source.name, eventTypes: preset.eventCatalog.events.length });
      expect(entry.triggerTypes.length).toBe(allTriggers(preset).length);
    }
  });

  it("github: covers every event of @octokit/webhooks-examples, each by its own trigger", () => {
    const examples: Array<{ name: string }> = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json");
    const types = new Set(PRESETS.github.eventCatalog.events.map((e) => e.type));
    expect(examples.filter((e) => !types.has(e.name)).map((e) => e.name)).toEqual([]);
    expect(triggerForEventType(PRESETS.github, "issue_comment")).toBe("github_trigger_issue_comment");
    expect(triggerForEventType(PRESETS.github, "push")).toBe("github_trigger_push");
  });
});
