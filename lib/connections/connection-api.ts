// The provider API of a stored connection: tokens decrypted on use, refreshed with the
// stored refresh token and persisted encrypted. A refresh that fails (or a 401 with no
// refresh token) marks the connection `error` and emits app:health_warning, so the user
// learns to reconnect instead of watching webhooks silently stop.
import "server-only";
import { decryptSecret, encryptSecret } from "../crypto";
import { db } from "../db";
import type { OAuthSpec, ProviderApi, TokenSet } from "../integrations/connect-types";
import type { IntegrationPreset } from "../integrations/types";
import { emitOutboundEvent } from "../outbound/emit";
import { jobsAdded } from "../queue/wake";
import { connectionHost } from "./account-host";
import { createProviderApi } from "./provider-api";
import { oauthPreset, providerConfig } from "./provider-config";
import { ProviderError } from "./provider-http";
import { refreshTokens } from "./token-endpoint";
import { publicSettings, storedSecrets, type ConnectionRow } from "./serialize";

// One refresh per connection at a time in this process: providers that rotate refresh
// tokens invalidate the old one, so a second concurrent refresh would fail.
const inFlight = new Map<string, Promise<TokenSet>>();

export function apiForConnection(row: ConnectionRow): { preset: IntegrationPreset & { oauth: OAuthSpec }; api: ProviderApi } {
  const preset = oauthPreset(row.providerId);
  let tokens: TokenSet = {
    accessToken: decryptSecret(row.accessToken),
    refreshToken: row.refreshToken ? decryptSecret(row.refreshToken) : undefined,
    expiresAt: row.expiresAt ?? undefined,
    scopes: Array.isArray(row.scopes) ? (row.scopes as string[]) : [],
  };
  const secrets = storedSecrets(row.settings);
  const refresh = async (reason: string): Promise<TokenSet> => {
    const running = inFlight.get(row.id) ?? refreshAndStore(row, tokens, reason).finally(() => inFlight.delete(row.id));
    inFlight.set(row.id, running);
    tokens = await running;
    return tokens;
  };
  const api = createProviderApi(
    preset,
    { current: () => tokens, refresh, secret: (key) => (secrets[key] ? decryptSecret(secrets[key]) : undefined) },
    { accountId: row.accountId, settings: publicSettings(row.settings) },
  );
  return { preset, api };
}

async function refreshAndStore(row: ConnectionRow, tokens: TokenSet, reason: string): Promise<TokenSet> {
  try {
    if (!tokens.refreshToken) throw new ProviderError(401, "there is no refresh token");
    const next = await refreshTokens(providerConfig(row.providerId, connectionHost(publicSettings(row.settings))), tokens.refreshToken);
    await db().connection.update({
      where: { id: row.id },
      data: {
        accessToken: encryptSecret(next.accessToken),
        refreshToken: next.refreshToken ? encryptSecret(next.refreshToken) : null,
        expiresAt: next.expiresAt ?? null,
        status: "active",
      },
    });
    return next;
  } catch (error) {
    await markConnectionError(row, `${reason}; the token could not be refreshed: ${(error as Error).message}`);
    throw new ProviderError(401, `the ${row.providerId} connection needs to be reconnected: the token could not be refreshed`);
  }
}

export async function markConnectionError(row: Pick<ConnectionRow, "id" | "userId" | "providerId" | "accountId">, reason: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const changed = await tx.connection.updateMany({ where: { id: row.id, status: { not: "error" } }, data: { status: "error" } });
    if (changed.count === 0) return; // already reported
    await emitOutboundEvent(tx, {
      userId: row.userId,
      type: "app:health_warning",
      source: row.providerId,
      payload: { connectionId: row.id, provider: row.providerId, accountId: row.accountId, reason },
    });
  });
  jobsAdded();
}
