// Where a provider lives and which OAuth app Hookyard uses for it, from env (DESIGN.md §3).
// A provider without client credentials cannot be connected: 409 naming the variables to set.
import "server-only";
import { ApiError } from "../api/errors";
import { env, envValue } from "../env";
import { getPreset } from "../integrations/registry";
import type { OAuthSpec } from "../integrations/connect-types";
import type { IntegrationPreset } from "../integrations/types";
import { credentialNames, envPrefix, urlOverrideName } from "../integrations/provider-env";

export type ProviderConfig = {
  preset: IntegrationPreset & { oauth: OAuthSpec };
  oauth: OAuthSpec;
  authorizeUrl: string;
  tokenUrl: string;
  apiBase: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
};

/** The env names that enable a provider's connect button, in the order they are read. */
export function credentialEnvNames(preset: IntegrationPreset): string[][] {
  const own = credentialNames(envPrefix(preset.id));
  const shared = preset.oauth?.sharedCredentials ? credentialNames(preset.oauth.sharedCredentials) : undefined;
  return [[own.id, own.secret], ...(shared ? [[shared.id, shared.secret]] : [])];
}

export function oauthPreset(providerId: string): IntegrationPreset & { oauth: OAuthSpec } {
  const preset = getPreset(providerId);
  if (!preset) throw new ApiError("not_found", `Unknown provider "${providerId}".`);
  if (!preset.oauth) throw new ApiError("unprocessable", `${preset.name} cannot be connected over OAuth; set it up with its webhook instructions instead.`);
  return preset as IntegrationPreset & { oauth: OAuthSpec };
}

/** The OAuth app's client id (Trello's API key), for providers that send it with every call; no 409 here. */
export function clientIdOf(preset: IntegrationPreset): string {
  return (
    credentialEnvNames(preset)
      .map(([id]) => envValue(id))
      .find(Boolean) ?? ""
  );
}

export function isConfigured(preset: IntegrationPreset): boolean {
  return Boolean(preset.oauth) && credentialEnvNames(preset).some(([id, secret]) => envValue(id) && envValue(secret));
}

/** `host`: the account's own host for providers whose URLs contain {host} (OAuthSpec.accountHost). */
export function providerConfig(providerId: string, host?: string): ProviderConfig {
  const preset = oauthPreset(providerId);
  const pair = credentialEnvNames(preset).find(([id, secret]) => envValue(id) && envValue(secret));
  if (!pair) {
    const names = credentialEnvNames(preset)
      .map(([id, secret]) => `${id} and ${secret}`)
      .join(", or ");
    throw new ApiError("conflict", `${preset.name} is not configured on this server: set ${names} (from the provider's OAuth app) and restart.`, { env: credentialEnvNames(preset).flat() });
  }
  return {
    ...providerUrls(preset, host),
    preset,
    oauth: preset.oauth,
    clientId: envValue(pair[0])!,
    clientSecret: envValue(pair[1])!,
    redirectUri: `${env().publicUrl}/api/connections/${preset.id}/callback`,
  };
}

/** The provider's URLs, env overrides first (no credentials needed: API calls of a stored connection). */
export function providerUrls(preset: IntegrationPreset & { oauth: OAuthSpec }, host?: string) {
  const at = (url: string) => (host ? url.replaceAll("{host}", host) : url);
  return {
    authorizeUrl: at(envValue(urlOverrideName(preset.id, "AUTHORIZE_URL")) ?? preset.oauth.authorizeUrl),
    tokenUrl: at(envValue(urlOverrideName(preset.id, "TOKEN_URL")) ?? preset.oauth.tokenUrl),
    apiBase: at(envValue(urlOverrideName(preset.id, "API_BASE")) ?? preset.oauth.apiBase),
  };
}
