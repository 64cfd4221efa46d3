// The integrations /connections offers a Connect button for: every preset with an OAuth
// spec, and whether this server can start its flow (provider-config.ts, the same check the
// authorize route makes). Otherwise `missing` names what to set, which the page shows as
// the reason the button is disabled. GET /api/integrations has no such field, so the
// server page calls this directly.
import { env } from "../env";
import { listPresets } from "../integrations/registry";
import { credentialEnvNames, isConfigured } from "./provider-config";

export type OAuthProviderOption = {
  id: string;
  name: string;
  category: string;
  icon: string;
  color: string;
  scopes: string[];
  /** Hookyard can create this provider's webhooks through its API (a `remote` spec). */
  supportsRemoteRegistration: boolean;
  configured: boolean;
  /** Environment variables still to set (the provider's own pair), empty when configured. */
  missing: string[];
};

export function listOAuthProviders(): OAuthProviderOption[] {
  const settings = env() as unknown as Record<string, string | undefined>;
  return listPresets()
    .filter((preset) => preset.oauth)
    .map((preset) => {
      const configured = isConfigured(preset);
      return {
        id: preset.id,
        name: preset.name,
        category: preset.category,
        icon: preset.icon,
        color: preset.color,
        scopes: preset.scopes,
        supportsRemoteRegistration: Boolean(preset.remote),
        configured,
        missing: configured ? [] : credentialEnvNames(preset)[0].filter((name) => !settings[name]),
      };
    });
}
