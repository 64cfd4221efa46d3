// A Connection as stored and as shown. Tokens and the secret extras of a token response
// (settings.secrets, encrypted) never leave the server; remoteMetadata is shown as the
// provider-side webhooks and the failures of the last registration.
import "server-only";
import type { RemoteWebhook } from "../integrations/connect-types";
import type { ConnectionDto } from "./schemas";

export type ConnectionRow = {
  id: string;
  userId: string;
  providerId: string;
  accountId: string;
  accessToken: string;
  refreshToken: string | null;
  expiresAt: Date | null;
  scopes: unknown;
  settings: unknown;
  remoteMetadata: unknown;
  status: string;
  createdAt: Date;
  updatedAt: Date;
};

export type RemoteError = { resource: string; message: string; at: string };
export type RemoteMetadata = { webhooks: RemoteWebhook[]; errors: RemoteError[] };

const SECRETS_KEY = "secrets";

export function asObject(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function publicSettings(settings: unknown): Record<string, unknown> {
  const { [SECRETS_KEY]: _secrets, ...shown } = asObject(settings);
  return shown;
}

/** Encrypted values by key (decrypt with decryptSecret). */
export function storedSecrets(settings: unknown): Record<string, string> {
  return asObject(asObject(settings)[SECRETS_KEY]) as Record<string, string>;
}

export function withSecrets(settings: Record<string, unknown>, encrypted: Record<string, string>): Record<string, unknown> {
  return Object.keys(encrypted).length > 0 ? { ...settings, [SECRETS_KEY]: encrypted } : settings;
}

export function readRemoteMetadata(value: unknown): RemoteMetadata {
  const stored = asObject(value);
  return {
    webhooks: Array.isArray(stored.webhooks) ? (stored.webhooks as RemoteWebhook[]) : [],
    errors: Array.isArray(stored.errors) ? (stored.errors as RemoteError[]) : [],
  };
}

export function toConnectionDto(row: ConnectionRow): ConnectionDto {
  const remote = readRemoteMetadata(row.remoteMetadata);
  return {
    id: row.id,
    provider_id: row.providerId,
    account_id: row.accountId,
    status: row.status as ConnectionDto["status"],
    scopes: Array.isArray(row.scopes) ? (row.scopes as string[]) : [],
    settings: publicSettings(row.settings),
    expires_at: row.expiresAt?.toISOString() ?? null,
    remote_webhooks: remote.webhooks.map((w) => ({ resource: w.resource, remoteId: w.remoteId, url: w.url, expiresAt: w.expiresAt ?? null })),
    remote_errors: remote.errors,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
