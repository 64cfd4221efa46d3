"use client";

// Data access of /connections, against the OAuth connections API of DESIGN.md §3, which is
// built on another branch. Everything that depends on its exact shapes is in this file:
// responses are normalised here (camelCase or snake_case, a bare array or {items}), and a
// 404 from a route that does not exist yet reads as "nothing connected", not as an error.
import useSWR from "swr";
import { ApiClientError, fetchJson } from "./fetch-json";

export type Connection = {
  id: string;
  providerId: string;
  accountId: string;
  /** A human name for the account when the API gives one (login, workspace…). */
  accountName: string | null;
  status: string;
  scopes: string[];
  expiresAt: string | null;
  createdAt: string | null;
};

export type RemoteWebhook = { resource: string; remoteId: string | null; status: string; message: string | null };
export type RegistrationResult = { created: { resource: string; remoteId: string }[]; errors: { resource: string; message: string }[] };

export const CONNECTIONS_KEY = "/api/connections";
export const connectionPath = (id: string) => `${CONNECTIONS_KEY}/${encodeURIComponent(id)}`;
export const connectionWebhooksPath = (id: string) => `${connectionPath(id)}/webhooks`;
export const authorizePath = (providerId: string) => `${CONNECTIONS_KEY}/${encodeURIComponent(providerId)}/authorize`;

type Raw = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);
/** The first of `values` that is a string or a number, as text; `fallback` when none is. */
const text = (fallback: string, ...values: unknown[]): string => {
  for (const v of values) if (typeof v === "string" || typeof v === "number") return String(v);
  return fallback;
};

function listOf(body: unknown, ...keys: string[]): Raw[] {
  if (Array.isArray(body)) return body as Raw[];
  for (const key of keys) {
    const value = (body as Raw | undefined)?.[key];
    if (Array.isArray(value)) return value as Raw[];
  }
  return [];
}

export function toConnection(raw: Raw): Connection {
  const settings = (raw.settings ?? {}) as Raw;
  return {
    id: String(raw.id),
    providerId: text("", raw.providerId, raw.provider_id, raw.provider),
    accountId: text("", raw.accountId, raw.account_id),
    accountName: str(raw.accountName) ?? str(raw.account_name) ?? str(settings.username) ?? str(settings.login) ?? str(settings.name) ?? str(settings.team) ?? str(settings.workspace),
    status: text("active", raw.status),
    scopes: Array.isArray(raw.scopes) ? raw.scopes.map(String) : [],
    expiresAt: str(raw.expiresAt) ?? str(raw.expires_at),
    createdAt: str(raw.createdAt) ?? str(raw.created_at),
  };
}

export function toRemoteWebhook(raw: Raw): RemoteWebhook {
  return {
    resource: text("—", raw.resource, raw.name, raw.resourceId, raw.resource_id),
    remoteId: str(raw.remoteId) ?? str(raw.remote_id) ?? str(raw.id),
    status: text("registered", raw.status),
    message: str(raw.message) ?? str(raw.error),
  };
}

/** Absent routes (404) answer `fallback`; every other failure still throws. */
async function orWhenAbsent<T>(request: Promise<T>, fallback: T): Promise<T> {
  try {
    return await request;
  } catch (e) {
    if (e instanceof ApiClientError && e.status === 404) return fallback;
    throw e;
  }
}

export function useConnections() {
  return useSWR<Connection[], Error>(CONNECTIONS_KEY, async (path: string) => listOf(await orWhenAbsent(fetchJson<unknown>(path), []), "items", "connections").map(toConnection));
}

/** The provider-side webhooks of one connection with their drift status; null while not requested. */
export function useConnectionWebhooks(id: string | null) {
  return useSWR<RemoteWebhook[], Error>(id ? connectionWebhooksPath(id) : null, async (path: string) =>
    listOf(await orWhenAbsent(fetchJson<unknown>(path), []), "items", "webhooks").map(toRemoteWebhook),
  );
}

/** POST …/webhooks: partial success is normal; the caller shows both lists. */
export async function registerConnectionWebhooks(id: string): Promise<RegistrationResult> {
  const body = await fetchJson<Raw>(connectionWebhooksPath(id), { method: "POST", json: {} });
  return {
    created: listOf(body, "created").map((c) => ({ resource: text("", c.resource), remoteId: text("", c.remoteId, c.remote_id) })),
    errors: listOf(body, "errors").map((e) => ({ resource: text("", e.resource), message: text("failed", e.message) })),
  };
}

/** POST /api/connections/{provider}/token: connects a provider with the token it showed the user (Trello). */
export async function connectWithToken(providerId: string, token: string): Promise<Connection> {
  return toConnection(await fetchJson<Raw>(`${CONNECTIONS_KEY}/${encodeURIComponent(providerId)}/token`, { method: "POST", json: { token } }));
}

/** DELETE /api/connections/{id}: the server removes remote webhooks (logging failures) and the tokens. */
export async function disconnectConnection(id: string): Promise<void> {
  await fetchJson(connectionPath(id), { method: "DELETE" });
}
