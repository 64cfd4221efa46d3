// What the fake provider's parts share (fake-provider.ts serves the OAuth half,
// fake-provider-apis.ts and one file per family the API half): the state they keep and
// how they answer. Kept apart so that the family files need not import the server that
// imports them.
import { randomBytes } from "node:crypto";
import type { IncomingHttpHeaders, ServerResponse } from "node:http";

export const FAMILIES = ["github", "slack", "linear", "microsoft", "google", "discord", "youtube", "gitlab", "stripe", "airtable", "box", "shopify", "trello", "twitter"] as const;
export type Family = (typeof FAMILIES)[number];

export type Token = { family: Family; expiresAt: number; revoked: boolean };
export type FakeState = {
  codes: Map<string, { family: Family; challenge?: string; redirectUri: string; used: boolean }>;
  tokens: Map<string, Token>;
  refreshTokens: Map<string, Family>;
  authorizeRequests: Record<string, string>[];
  refreshes: Record<string, number>;
  settings: { expiresIn: Partial<Record<Family, number>>; failRefresh: Partial<Record<Family, boolean>>; graphLifetimeSeconds?: number; failCreateFor: string[] };
  hooks: Record<string, any>[]; // GitHub repo hooks and Linear webhooks
  subscriptions: Record<string, any>[]; // Graph
  channels: Record<string, any>[]; // Google
  messages: Record<string, any>[]; // Slack, Teams, Discord
  nextId: number;
};

export const CLIENT = { id: "fake-client-id", secret: "fake-client-secret" };

export type Call = { method: string; path: string; query: URLSearchParams; raw: string; authorized: boolean; headers: IncomingHttpHeaders };

export type Handler = (state: FakeState, call: Call, json: any, res: ServerResponse) => Promise<boolean> | boolean;

export function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(body === undefined ? "" : JSON.stringify(body));
}

export function newToken(state: FakeState, family: Family): string {
  const token = `${family}-at-${randomBytes(12).toString("hex")}`;
  state.tokens.set(token, { family, expiresAt: Date.now() + (state.settings.expiresIn[family] ?? 3600) * 1000, revoked: false });
  return token;
}
