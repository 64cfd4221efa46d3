// The endpoint's opt-in intake limit, the part the details dialog shares with the API:
// `integration_config.intake_rate_limit`, requests per second (twice that as a burst), or
// absent for none. Client-safe (no server imports): intake-limit.ts applies it on PATCH.
import { z } from "zod";

export const INTAKE_RATE_LIMIT_KEY = "intake_rate_limit";

/** `null` removes the limit. */
export const intakeRateLimitSchema = z
  .number({ error: "intake_rate_limit must be a whole number of requests per second, or null for no limit" })
  .int("intake_rate_limit must be a whole number of requests per second")
  .min(1, "intake_rate_limit must be at least 1 request per second")
  .max(100_000, "intake_rate_limit must be at most 100000 requests per second")
  .nullable();

/** The endpoint's own limit, when it set one. */
export function intakeRateLimitOf(config: unknown): number | undefined {
  const value = config && typeof config === "object" ? (config as Record<string, unknown>)[INTAKE_RATE_LIMIT_KEY] : undefined;
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : undefined;
}
