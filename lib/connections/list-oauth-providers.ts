// The integrations /connections offers a Connect button for: every preset with an OAuth
// spec, and whether this server can start its flow (provider-config.ts, the same check the
// authorize route makes). Otherwise `missing` names what to set, which the page shows as
// the reason the button is disabled. GET /api/integrations has no such field, so the
// server page calls this directly.
import "server-only";
import { envValue } from "../env";
import { listPresets } from "../integrations/registry";
import type { OAuthSpec } from "../integrations/connect-types";
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
  /**
   * How Connect starts: "redirect" to the provider; "host" asks first for the account's own
   * host (Shopify's store), sent as the `setting` query parameter; "token" opens the provider's
   * page that shows a token, which the user pastes back (Trello).
   */
  connectWith: { kind: "redirect" } | { kind: "host"; setting: string; label: string; pattern: string } | { kind: "token" };
};

export function listOAuthProviders(): OAuthProviderOption[] {
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
        missing: configured ? [] : credentialEnvNames(preset)[0].filter((name) => !envValue(name)),
        connectWith: connectWith(preset.oauth!),
      };
    });
}

function connectWith(oauth: OAuthSpec): OAuthProviderOption["connectWith"] {
  if (oauth.flow === "token-entry") return { kind: "token" };
  // The pattern also goes to the form field, so a mistyped store is caught before the request.
  if (oauth.accountHost) return { kind: "host", setting: oauth.accountHost.configKey, label: oauth.accountHost.label, pattern: oauth.accountHost.pattern.source };
  return { kind: "redirect" };
}
