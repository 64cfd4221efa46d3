// integration_config as stored and as shown. Secrets (the signing secret and the
// preset's secretConfigKeys) are stored AES-GCM encrypted and shown only as
// `<key>_configured: true|false`; everything else is stored and shown as given.
import "server-only";
import { ApiError } from "../api/errors";
import { decryptSecret, encryptSecret } from "../crypto";
import type { IntegrationPreset } from "../integrations/types";
import { applyIntakeRateLimit } from "./intake-limit";

export const SIGNING_SECRET_KEY = "signing_secret";

export type StoredConfig = Record<string, unknown>;

function secretKeys(preset: IntegrationPreset): string[] {
  return [SIGNING_SECRET_KEY, ...(preset.secretConfigKeys ?? [])];
}

export function asStoredConfig(value: unknown): StoredConfig {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as StoredConfig) : {};
}

export function publicConfig(preset: IntegrationPreset, stored: StoredConfig): StoredConfig {
  const secrets = secretKeys(preset);
  const shown: StoredConfig = {};
  for (const [key, value] of Object.entries(stored)) if (!secrets.includes(key)) shown[key] = value;
  for (const key of secrets) shown[`${key}_configured`] = typeof stored[key] === "string";
  return shown;
}

/** Validates a PATCH's integration_config with the preset's schema and merges it in, encrypting secrets. */
export function mergeConfig(preset: IntegrationPreset, stored: StoredConfig, patch: { signingSecret?: string; config?: Record<string, unknown> }): StoredConfig {
  const next: StoredConfig = { ...stored };
  // Endpoint settings every preset has (intake-limit.ts), then the preset's own.
  const presetConfig = patch.config ? applyIntakeRateLimit(next, patch.config) : undefined;
  if (presetConfig && Object.keys(presetConfig).length > 0) {
    if (!preset.configSchema) {
      throw new ApiError("validation_error", `${preset.name} has no settings besides the signing secret.`, [{ path: ["integration_config"], message: "expected {}" }]);
    }
    const result = preset.configSchema.partial().strict().safeParse(presetConfig);
    if (!result.success) {
      throw new ApiError(
        "validation_error",
        `integration_config is not valid for ${preset.name}.`,
        result.error.issues.map((i) => ({ ...i, path: ["integration_config", ...i.path] })),
      );
    }
    for (const [key, value] of Object.entries(result.data)) {
      if (value === undefined) continue;
      next[key] = preset.secretConfigKeys?.includes(key) ? encryptSecret(String(value)) : value;
    }
  }
  if (patch.signingSecret !== undefined) next[SIGNING_SECRET_KEY] = encryptSecret(patch.signingSecret);
  return next;
}

/** A decrypted secret for verification; undefined when it was never set. */
export function readSecret(stored: StoredConfig, key: string = SIGNING_SECRET_KEY): string | undefined {
  const value = stored[key];
  return typeof value === "string" ? decryptSecret(value) : undefined;
}
