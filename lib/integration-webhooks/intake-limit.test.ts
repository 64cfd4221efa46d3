// integration_config.intake_rate_limit on PATCH: validated for every preset, null removes it.
import { describe, expect, it } from "vitest";
import { ApiError } from "../api/errors";
import { PRESETS } from "../integrations/registry";
import { mergeConfig } from "./config";
import { intakeRateLimitOf } from "./intake-limit-schema";

describe("intake_rate_limit", () => {
  it("is accepted by a preset that has no settings of its own (GitHub) and read back", () => {
    const next = mergeConfig(PRESETS.github, {}, { config: { intake_rate_limit: 25 } });
    expect(next).toEqual({ intake_rate_limit: 25 });
    expect(intakeRateLimitOf(next)).toBe(25);
  });

  it("goes alongside a preset's own settings, which its schema still validates", () => {
    const next = mergeConfig(PRESETS.facebook, {}, { config: { intake_rate_limit: 5, verify_token: "tok-12345" } });
    expect(next).toMatchObject({ intake_rate_limit: 5, verify_token: "tok-12345" });
    expect(() => mergeConfig(PRESETS.facebook, {}, { config: { intake_rate_limit: 5, nonsense: 1 } })).toThrow(ApiError);
  });

  it("is removed with null, and absent means no limit", () => {
    expect(mergeConfig(PRESETS.github, { intake_rate_limit: 25, other: 1 }, { config: { intake_rate_limit: null } })).toEqual({ other: 1 });
    expect(intakeRateLimitOf({})).toBeUndefined();
    expect(intakeRateLimitOf(null)).toBeUndefined();
  });

  it.each([0, -1, 1.5, "10", 100_001, true])("refuses %j with a validation error naming the field", (value) => {
    try {
      mergeConfig(PRESETS.github, {}, { config: { intake_rate_limit: value } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe("validation_error");
      expect(JSON.stringify((error as ApiError).details)).toContain('"integration_config","intake_rate_limit"');
    }
  });
});
