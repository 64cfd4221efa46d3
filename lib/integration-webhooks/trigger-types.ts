// Trigger types a request names must be the provider's own.
import "server-only";
import { ApiError } from "../api/errors";
import type { IntegrationPreset } from "../integrations/types";

export function checkTriggerTypes(preset: IntegrationPreset, requested: string[] | undefined): string[] {
  const valid = preset.triggers.map((t) => t.value);
  if (requested === undefined) return valid;
  const unknown = requested.filter((t) => !valid.includes(t));
  if (unknown.length > 0) {
    throw new ApiError("validation_error", `${preset.name} has no trigger type ${unknown.join(", ")}. Valid trigger types: ${valid.join(", ")}`, [
      { path: ["trigger_types"], message: "unknown trigger type", unknown, valid },
    ]);
  }
  return [...new Set(requested)];
}
