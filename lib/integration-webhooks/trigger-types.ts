// Trigger types a request names must be the provider's own, or `*` for every event.
// The default is `*` (Hookdeck and Svix relay every event unless told otherwise), so an
// event type the provider adds later reaches the user without a settings change.
import "server-only";
import { ApiError } from "../api/errors";
import { ALL_TRIGGERS, allTriggers } from "../integrations/catalog-triggers";
import type { IntegrationPreset } from "../integrations/types";

export function checkTriggerTypes(preset: IntegrationPreset, requested: string[] | undefined): string[] {
  if (requested === undefined || requested.includes(ALL_TRIGGERS)) return [ALL_TRIGGERS];
  const valid = new Set(allTriggers(preset).map((t) => t.value));
  const unknown = requested.filter((t) => !valid.has(t));
  if (unknown.length > 0) {
    const main = preset.triggers.map((t) => t.value);
    const more = valid.size - main.length;
    throw new ApiError(
      "validation_error",
      `${preset.name} has no trigger type ${unknown.join(", ")}. Use "*" for every event, or one of ${main.join(", ")}${more > 0 ? ` and ${more} more (GET /api/integrations lists them all)` : ""}.`,
      [{ path: ["trigger_types"], message: "unknown trigger type", unknown, valid: [...valid] }],
    );
  }
  return [...new Set(requested)];
}
