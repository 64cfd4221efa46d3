// The completeness check of the catalog (as Nango validates its registry in CI):
// every preset is whole, consistent and documented.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getCatalog } from "./catalog";
import { listPresets, PRESETS } from "./registry";
import { CATEGORIES, PROVIDER_IDS } from "./types";

const presets = listPresets();
const root = path.resolve(__dirname, "../..");

describe("the integration catalog", () => {
  it("has the 32 integrations of DESIGN.md §4, keyed by their own ids", () => {
    expect(presets).toHaveLength(32);
    expect(new Set(presets.map((p) => p.id)).size).toBe(32);
    for (const id of PROVIDER_IDS) expect(PRESETS[id].id).toBe(id);
  });

  it("uses exactly the 7 categories", () => {
    expect(new Set(presets.map((p) => p.category))).toEqual(new Set(CATEGORIES));
  });

  it("has globally unique trigger values named <provider>_trigger_<event>", () => {
    const values = presets.flatMap((p) => p.triggers.map((t) => t.value));
    expect(new Set(values).size).toBe(values.length);
    for (const preset of presets) {
      const prefix = `${preset.id.replaceAll("-", "_")}_trigger_`;
      for (const trigger of preset.triggers) expect(trigger.value).toMatch(new RegExp(`^${prefix}[a-z0-9_]+$`));
    }
  });

  it("covers the main events: at least 5 for GitHub, Slack, Stripe, Shopify and Linear, 2 where providers have them", () => {
    for (const id of ["github", "slack", "stripe", "shopify", "linear"] as const) expect(PRESETS[id].triggers.length).toBeGreaterThanOrEqual(5);
    // These providers send a single kind of notification (see each preset's events.ts).
    const singleEvent = new Set(["airtable", "fathom", "onedrive", "dropbox"]);
    for (const preset of presets) expect(preset.triggers.length).toBeGreaterThanOrEqual(singleEvent.has(preset.id) ? 1 : 2);
  });

  it.each(presets.map((p) => [p.id, p] as const))("%s: every sample parses with its own trigger schema", (_id, preset) => {
    for (const trigger of preset.triggers) {
      const result = trigger.schema.safeParse(trigger.sample);
      expect(result.success, `${trigger.value}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
      expect(trigger.description.length).toBeGreaterThan(10);
    }
  });

  it.each(presets.map((p) => [p.id, p] as const))("%s: metadata, docs link, logo and setup steps are complete", (_id, preset) => {
    expect(preset.name.length).toBeGreaterThan(1);
    expect(preset.description.length).toBeGreaterThan(10);
    expect(new URL(preset.docsUrl).protocol).toBe("https:");
    expect(preset.color).toMatch(/^#[0-9a-fA-F]{6}$/);
    expect(preset.icon).toBe(`/integrations/${preset.id}.svg`);
    expect(existsSync(path.join(root, "public", preset.icon))).toBe(true);
    expect(["oauth", "apiKey", "secret", "none"]).toContain(preset.authType);
    // Notion's OAuth has no scopes: what an integration may read is set on the integration itself.
    if (preset.authType === "oauth" && preset.id !== "notion") expect(preset.scopes.length).toBeGreaterThan(0);
    expect(preset.capabilities.length).toBeGreaterThan(0);
    expect(preset.setupInstructions.length).toBeGreaterThanOrEqual(3);
    for (const step of preset.setupInstructions) expect(step.trim().length).toBeGreaterThan(10);
    expect(preset.setupInstructions.join(" ")).toContain("{webhookUrl}");
    expect(preset.verification.scheme.length).toBeGreaterThan(3);
    for (const key of preset.secretConfigKeys ?? []) expect(Object.keys(preset.configSchema?.shape ?? {})).toContain(key);
  });

  it.each(presets.filter((p) => p.verification.secretSource === "hookyard").map((p) => [p.id, p] as const))("%s: Hookyard generates a fresh, strong signing secret", (_id, preset) => {
    const generate = preset.verification.generateSecret!;
    expect(generate).toBeTypeOf("function");
    const [a, b] = [generate(), generate()];
    expect(a).not.toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(32);
  });

  it("renders every trigger schema as JSON Schema for the API", () => {
    const catalog = getCatalog();
    expect(catalog).toHaveLength(32);
    for (const entry of catalog) for (const trigger of entry.triggerTypes) expect(trigger.schema).toHaveProperty("type");
  });
});
