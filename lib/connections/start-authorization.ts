// GET /api/connections/{provider}/authorize: the authorization request (RFC 6749 §4.1.1).
// `state` is 32 random bytes, stored only as its SHA-256, bound to the user and provider,
// single use and valid for 10 minutes; PKCE S256 (RFC 7636) where the provider supports it.
// app:connecting is emitted here, when the flow starts.
import "server-only";
import { createHash } from "node:crypto";
import { encryptSecret, randomToken, sha256Hex } from "../crypto";
import { db } from "../db";
import { emitOutboundEvent } from "../outbound/emit";
import { jobsAdded } from "../queue/wake";
import { accountHostFor } from "./account-host";
import { providerConfig } from "./provider-config";
import { startTokenEntry } from "./token-entry";

export const STATE_TTL_MS = 10 * 60 * 1000;

export async function startAuthorization(userId: string, providerId: string): Promise<string> {
  const host = await accountHostFor(userId, providerConfig(providerId).preset); // 409 (no OAuth app) comes first
  const config = providerConfig(providerId, host);
  const { oauth, preset } = config;
  if (oauth.flow === "token-entry") return startTokenEntry(userId, config);
  const state = randomToken(32);
  const codeVerifier = oauth.pkce ? randomToken(48) : undefined; // 64 characters, within RFC 7636's 43–128
  await db().$transaction(async (tx) => {
    await tx.oAuthState.deleteMany({ where: { expiresAt: { lt: new Date() } } }); // abandoned flows
    await tx.oAuthState.create({
      data: { state: sha256Hex(state), userId, providerId: preset.id, codeVerifier: codeVerifier ? encryptSecret(codeVerifier) : null, expiresAt: new Date(Date.now() + STATE_TTL_MS) },
    });
    await emitOutboundEvent(tx, { userId, type: "app:connecting", source: preset.id, payload: { provider: preset.id } });
  });
  jobsAdded();

  const url = new URL(config.authorizeUrl);
  const scopes = oauth.scopes ?? preset.scopes;
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", config.clientId);
  url.searchParams.set("redirect_uri", config.redirectUri);
  url.searchParams.set("state", state);
  if (scopes.length > 0) url.searchParams.set(oauth.scopeParam ?? "scope", scopes.join(oauth.scopeSeparator ?? " "));
  if (codeVerifier) {
    url.searchParams.set("code_challenge", createHash("sha256").update(codeVerifier).digest("base64url"));
    url.searchParams.set("code_challenge_method", "S256");
  }
  for (const [key, value] of Object.entries(oauth.authorizeParams ?? {})) url.searchParams.set(key, value);
  return url.toString();
}
