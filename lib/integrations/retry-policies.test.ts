// Every preset records what its provider does with a failed delivery (issue 13), with
// the provider's page that says it, and the catalog carries it to the dashboard.
import { describe, expect, it } from "vitest";
import { getCatalog } from "./catalog";
import { intakeLimitWarning } from "./intake-warning";
import { listPresets, PRESETS } from "./registry";

describe("retry policies", () => {
  it.each(listPresets().map((p) => [p.id, p] as const))("%s: states a level, a sentence and an https source", (_id, preset) => {
    expect(["none", "few", "sustained", "not-documented"]).toContain(preset.retries.level);
    expect(preset.retries.summary).toMatch(/^[A-Z].{20,}\.$/);
    expect(new URL(preset.retries.docsUrl).protocol).toBe("https:");
  });

  it("records the documented cases of the issue", () => {
    expect(PRESETS.github.retries.level).toBe("none");
    expect(PRESETS.slack.retries).toMatchObject({ level: "few", summary: expect.stringContaining("3") });
    expect(PRESETS.stripe.retries).toMatchObject({ level: "sustained", summary: expect.stringContaining("3 days") });
    expect(PRESETS.shopify.retries).toMatchObject({ level: "sustained", summary: expect.stringContaining("8 times over 4 hours") });
  });

  it("is part of every catalog entry", () => {
    for (const entry of getCatalog()) expect(entry.retries).toEqual(PRESETS[entry.id as keyof typeof PRESETS].retries);
  });
});

describe("the intake-limit warning", () => {
  it("warns only when a limit is set and the provider does not retry for long", () => {
    expect(intakeLimitWarning(undefined, "GitHub", PRESETS.github.retries)).toBeUndefined();
    expect(intakeLimitWarning(50, "GitHub", PRESETS.github.retries)).toMatch(/GitHub does not retry a refused delivery.*50 requests\/s/);
    expect(intakeLimitWarning(50, "Slack", PRESETS.slack.retries)).toMatch(/only a few times/);
    expect(intakeLimitWarning(50, "Notion", PRESETS.notion.retries)).toMatch(/does not document/);
    expect(intakeLimitWarning(50, "Stripe", PRESETS.stripe.retries)).toBeUndefined();
  });
});
