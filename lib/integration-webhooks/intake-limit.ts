// The endpoint's opt-in intake limit: `integration_config.intake_rate_limit`, requests per
// second (twice that as a burst), or absent for none. Off by default because a 429 loses
// the event for a provider that does not retry (GitHub never redelivers on its own); an
// endpoint that wants a ceiling anyway sets one here. It lives in integration_config so
// that DESIGN.md's IntegrationWebhook shape stays as it is; every preset accepts it.
import "server-only";
import { ApiError } from "../api/errors";
import { INTAKE_RATE_LIMIT_KEY, intakeRateLimitSchema } from "./intake-limit-schema";

/** Splits the intake setting off a PATCH's integration_config and applies it; the rest goes to the preset's schema. */
export function applyIntakeRateLimit(next: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  if (!(INTAKE_RATE_LIMIT_KEY in patch)) return patch;
  const { [INTAKE_RATE_LIMIT_KEY]: value, ...rest } = patch;
  const result = intakeRateLimitSchema.safeParse(value);
  if (!result.success) {
    throw new ApiError(
      "validation_error",
      "integration_config.intake_rate_limit is not valid.",
      result.error.issues.map((i) => ({ ...i, path: ["integration_config", INTAKE_RATE_LIMIT_KEY, ...i.path] })),
    );
  }
  if (result.data === null) delete next[INTAKE_RATE_LIMIT_KEY];
  else next[INTAKE_RATE_LIMIT_KEY] = result.data;
  return rest;
}
