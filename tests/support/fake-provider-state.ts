// What the fake provider's parts share (fake-provider.ts serves the OAuth half,
// fake-provider-apis.ts and one file per family the API half): the state they keep and
// how they answer. Kept apart so that the family files need not import the server that
// imports them.
import { randomBytes } from "node:crypto";
import type { IncomingHttpHeaders, ServerResponse } from "node:http";

export const FAMILIES = ["github", "slack", "linear", "microsoft", "google", "discord", "youtube", "gitlab", "stripe", "airtable", "box", "shopify", "trello", "twitter"] as const;
export type Family = (typeof FAMILIES)[number];

export type Token = { family: Family; expiresAt: number; revoked: boolean };

// What the fake keeps of each provider's webhooks, one shape per family (the `family` field
// tells them apart; GitHub repo hooks, Linear webhooks, Airtable, Box, GitLab, Shopify, Stripe,
// Trello and X webhooks all live in state.hooks).
export type GithubHook = { id: number; family: "github"; repo: string; active?: boolean; events?: string[]; config?: { url?: string; secret?: string; content_type?: string } };
export type LinearHook = { id: string; family: "linear"; url: string; teamId?: string; secret?: string; resourceTypes?: string[]; enabled: boolean };
export type AirtableHook = {
  id: string;
  family: "airtable";
  base: string;
  notificationUrl: string;
  specification: unknown;
  macSecretBase64: string;
  expirationTime: string;
  isHookEnabled: boolean;
  refreshes: number;
};
export type BoxHook = { id: string; family: "box"; type: "webhook"; target: { id: string; type?: string }; address: string; triggers: string[] };
/** GitLab keeps every field the request sent (url, token, *_events…). */
export type GitlabHook = { id: number; family: "gitlab"; project_id: number; created_at: string; url: string; token?: string; [field: string]: unknown };
export type ShopifyHook = { id: string; family: "shopify"; shop: string; topic: string; uri: string; format?: string };
export type StripeHook = { id: string; family: "stripe"; object: "webhook_endpoint"; url: string; enabled_events: string[]; status: string; secret: string };
export type TrelloHook = { id: string; family: "trello"; idModel?: string; callbackURL: string; description?: string; active: boolean };
export type TwitterHook = { id: string; family: "twitter"; url: string; valid: boolean; created_at: string; subscriptions: string[] };
export type Hook = GithubHook | LinearHook | AirtableHook | BoxHook | GitlabHook | ShopifyHook | StripeHook | TrelloHook | TwitterHook;

/** A Graph subscription: what the request sent, plus the fake's id and renewal count (no family, as Graph shows it). */
export type GraphSubscription = {
  id: string;
  family?: undefined;
  notificationUrl?: string;
  resource?: string;
  changeType?: string;
  clientState?: string;
  expirationDateTime: string;
  renewals: number;
  [field: string]: unknown;
};
export type GmailWatch = { family: "gmail"; mailbox: string; watchCalls: number; stopped: boolean; topicName?: string; labelIds?: string[]; labelFilterBehavior?: string; expiration?: string };
export type WebSubSubscription = { family: "websub"; callback: string; topic: string; subscribes: number; secret?: string | null; leaseSeconds?: number; expiresAt?: number; active?: boolean };
export type Subscription = GraphSubscription | GmailWatch | WebSubSubscription;

/** A Google Calendar or Drive notification channel: the watch request's fields plus what Google adds. */
export type Channel = {
  id?: string;
  type?: string;
  address?: string;
  token?: string;
  calendarId?: string;
  fileId?: string;
  resourceId: string;
  expiration: string;
  stopped: boolean;
  [field: string]: unknown;
};
export type Message = { id?: string; family: string; channel: string; text: unknown; ts?: string };

export type Settings = {
  expiresIn: Partial<Record<Family, number>>;
  failRefresh: Partial<Record<Family, boolean>>;
  graphLifetimeSeconds?: number;
  failCreateFor: string[];
  airtableLifetimeSeconds?: number;
  googleWatchSeconds?: number;
  /** The consumer secret the fake expects in X's CRC answers (default the real one). */
  twitterCrcSecret?: string | null;
};

export type FakeState = {
  codes: Map<string, { family: Family; challenge?: string; redirectUri: string; used: boolean }>;
  tokens: Map<string, Token>;
  refreshTokens: Map<string, Family>;
  authorizeRequests: Record<string, string>[];
  refreshes: Record<string, number>;
  settings: Settings;
  hooks: Hook[];
  subscriptions: Subscription[];
  channels: Channel[];
  messages: Message[];
  nextId: number;
};

/** What GET /_control/state shows the tests. */
export type FakeSnapshot = Pick<FakeState, "authorizeRequests" | "refreshes" | "hooks" | "subscriptions" | "channels" | "messages">;

export const CLIENT = { id: "fake-client-id", secret: "fake-client-secret" };

export type Call = { method: string; path: string; query: URLSearchParams; raw: string; authorized: boolean; headers: IncomingHttpHeaders };

/** `json` is the request's parsed JSON body ({} when none); each handler reads it as the shape its endpoint takes. */
export type Handler = (state: FakeState, call: Call, json: unknown, res: ServerResponse) => Promise<boolean> | boolean;

export function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(body === undefined ? "" : JSON.stringify(body));
}

export function newToken(state: FakeState, family: Family): string {
  const token = `${family}-at-${randomBytes(12).toString("hex")}`;
  state.tokens.set(token, { family, expiresAt: Date.now() + (state.settings.expiresIn[family] ?? 3600) * 1000, revoked: false });
  return token;
}
