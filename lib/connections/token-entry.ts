// Connecting a provider that has no OAuth 2.0 code flow (OAuthSpec.flow "token-entry", Trello):
// authorize sends the user to the provider's page that shows them a token for Hookyard's app
// (no return URL, so the token never travels in a URL fragment a server cannot read); the user
// pastes it into POST /api/connections/{provider}/token, which checks it with SETUP and then
// ends like the callback (saveConnection). There is no state to bind: the token itself is the
// proof, and it is only accepted from the signed-in user who sends it.
import "server-only";
import { ApiError } from "../api/errors";
import { db } from "../db";
import { emitOutboundEvent } from "../outbound/emit";
import { jobsAdded } from "../queue/wake";
import { findConnection } from "./find-connection";
import { createProviderApi } from "./provider-api";
import { providerConfig, type ProviderConfig } from "./provider-config";
import { ProviderError } from "./provider-http";
import { saveConnection } from "./save-connection";
import type { TokenEntryInput } from "./schemas";

export async function startTokenEntry(userId: string, config: ProviderConfig): Promise<string> {
  const { oauth, preset } = config;
  await db().$transaction((tx) => emitOutboundEvent(tx, { userId, type: "app:connecting", source: preset.id, payload: { provider: preset.id } }));
  jobsAdded();
  const url = new URL(config.authorizeUrl);
  url.searchParams.set("key", config.clientId);
  const scopes = oauth.scopes ?? preset.scopes;
  if (scopes.length > 0) url.searchParams.set(oauth.scopeParam ?? "scope", scopes.join(oauth.scopeSeparator ?? " "));
  for (const [key, value] of Object.entries(oauth.authorizeParams ?? {})) url.searchParams.set(key, value);
  return url.toString();
}

export async function connectWithToken(userId: string, providerId: string, input: TokenEntryInput) {
  const { preset, oauth } = providerConfig(providerId);
  if (oauth.flow !== "token-entry") throw new ApiError("unprocessable", `${preset.name} is connected with GET /api/connections/${preset.id}/authorize, not with a pasted token.`);
  const tokens = { accessToken: input.token, scopes: [] };
  let identity;
  try {
    identity = await oauth.identify(createProviderApi(preset, { current: () => tokens }, { accountId: "", settings: {} }), tokens);
  } catch (error) {
    if (error instanceof ProviderError) throw new ApiError("unprocessable", `${preset.name} did not accept the token: ${error.message}`);
    console.error(`[hookyard] ${preset.id}: unexpected answer while checking a token:`, error);
    throw new ApiError("unprocessable", `Connecting ${preset.name} failed: the provider's answer could not be read.`);
  }
  const saved = await saveConnection(userId, preset, tokens, identity);
  return findConnection(userId, saved.id); // as registration left it (remote_webhooks, remote_errors)
}
