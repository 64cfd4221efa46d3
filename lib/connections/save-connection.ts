// The end of every connect flow (the OAuth callback, or a pasted token where the provider has
// no code flow): the Connection with its tokens encrypted, app:connected, then provider-side
// webhooks where the preset can create them. Registration problems are recorded on the
// connection (remote_errors); they do not undo it.
import "server-only";
import { encryptSecret } from "../crypto";
import { db } from "../db";
import type { Identity, OAuthSpec, TokenSet } from "../integrations/connect-types";
import type { IntegrationPreset } from "../integrations/types";
import { emitOutboundEvent } from "../outbound/emit";
import { jobsAdded } from "../queue/wake";
import { registerWebhooks } from "./remote/register-webhooks";
import { withSecrets } from "./serialize";

export async function saveConnection(userId: string, preset: IntegrationPreset & { oauth: OAuthSpec }, tokens: TokenSet, identity: Identity, extraSettings: Record<string, unknown> = {}) {
  const secrets = Object.fromEntries(Object.entries(tokens.secrets ?? {}).map(([k, v]) => [k, encryptSecret(v)]));
  const data = {
    accessToken: encryptSecret(tokens.accessToken),
    refreshToken: tokens.refreshToken ? encryptSecret(tokens.refreshToken) : null,
    expiresAt: tokens.expiresAt ?? null,
    scopes: tokens.scopes.length > 0 ? tokens.scopes : (preset.oauth.scopes ?? preset.scopes),
    settings: withSecrets({ ...tokens.extra, ...identity.settings, ...extraSettings }, secrets) as object,
    status: "active",
  };
  const connection = await db().$transaction(async (tx) => {
    const row = await tx.connection.upsert({
      where: { userId_providerId_accountId: { userId, providerId: preset.id, accountId: identity.accountId } },
      update: data,
      create: { ...data, userId, providerId: preset.id, accountId: identity.accountId, remoteMetadata: { webhooks: [], errors: [] } },
    });
    await emitOutboundEvent(tx, {
      userId,
      type: "app:connected",
      source: preset.id,
      payload: { connectionId: row.id, provider: preset.id, accountId: identity.accountId, settings: identity.settings },
    });
    return row;
  });
  jobsAdded();

  if (preset.remote) {
    await registerWebhooks(userId, connection.id, {}).catch((error) => console.warn(`[hookyard] ${preset.id}: webhook registration after connect failed: ${(error as Error).message}`));
  }
  return connection;
}
