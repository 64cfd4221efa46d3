// What a preset declares to take part in OAuth connections (DESIGN.md §3, §4): the
// authorization-code flow (`oauth`), provider-side webhook registration (`remote`,
// the Dust system's RemoteWebhookService / the Botpress system's register/unregister)
// and actions (`actions`). The engine in lib/connections runs them; nothing outside
// a preset knows a provider's API.

/** Tokens as Hookyard keeps them (encrypted at rest by lib/connections). */
import "server-only";

export type TokenSet = {
  accessToken: string;
  refreshToken?: string;
  expiresAt?: Date;
  scopes: string[];
  /** Non-secret extras of the token response a preset wants in settings (Slack's team, Discord's webhook channel). */
  extra?: Record<string, unknown>;
  /** Secret extras (Discord's incoming webhook token): stored encrypted, never returned. */
  secrets?: Record<string, string>;
};

/** The authenticated API of one connection: base URL, bearer token, refresh before expiry and on 401. */
export type ProviderApi = {
  request: <T = any>(method: string, path: string, options?: ProviderRequestOptions) => Promise<T>;
  accountId: string;
  settings: Record<string, unknown>;
  /** A decrypted secret extra of the token response (TokenSet.secrets). */
  secret: (key: string) => string | undefined;
};

export type ProviderRequestOptions = {
  json?: unknown;
  form?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  /** Call without the connection's token (Discord webhook execution carries its own). */
  anonymous?: boolean;
};

export type Identity = { accountId: string; settings: Record<string, unknown> };

export type OAuthSpec = {
  /** Provider defaults; HOOKYARD_PROVIDER_<ID>_AUTHORIZE_URL / _TOKEN_URL / _API_BASE override them. */
  authorizeUrl: string;
  tokenUrl: string;
  apiBase: string;
  /** Query parameter that carries the scopes: "scope" (default); Slack user tokens use "user_scope". */
  scopeParam?: string;
  /** " " (RFC 6749 default); Slack and some others use ",". */
  scopeSeparator?: string;
  /** Scopes to ask for when they differ from the preset's catalog scopes. */
  scopes?: string[];
  /** RFC 7636 S256, where the provider supports it. */
  pkce?: boolean;
  /** Extra authorize parameters (Google access_type=offline, prompt=consent…). */
  authorizeParams?: Record<string, string>;
  /** How the client authenticates at the token endpoint: form fields (default) or HTTP Basic. */
  clientAuth?: "body" | "basic";
  /** Env prefix shared by a family of presets (GOOGLE, MICROSOFT): one OAuth app for all of them. */
  sharedCredentials?: string;
  /** Reads a token response whose shape is not RFC 6749's (Slack's authed_user). */
  parseToken?: (json: Record<string, any>) => TokenSet;
  /** Turns a 2xx body that reports failure (Slack's ok:false) into a status and message. */
  responseError?: (status: number, body: any) => { status: number; message: string } | undefined;
  /**
   * The provider lives on a host of each account's own (Shopify's <shop>.myshopify.com): the
   * three URLs contain `{host}`, taken from the user's endpoint integration_config[configKey]
   * when connecting (checked against `pattern`, so only the provider's hosts are ever called)
   * and kept in the connection's settings.host afterwards.
   */
  accountHost?: { configKey: string; pattern: RegExp; label: string };
  /** How the token is sent when not as `Authorization: Bearer` (Shopify's X-Shopify-Access-Token; Trello's key + token). */
  authHeader?: (token: string, clientId: string) => Record<string, string>;
  /**
   * "token-entry" where the provider has no OAuth 2.0 code flow (Trello's API key + token):
   * authorize sends the user to a page that shows them a token, which they paste into
   * POST /api/connections/{provider}/token; tokenUrl is unused. Default "code".
   */
  flow?: "code" | "token-entry";
  /** SETUP: who the account is (the Core system's step after the token exchange). */
  identify: (api: ProviderApi, tokens: TokenSet) => Promise<Identity>;
};

/** Something a provider-side webhook can be registered on (a repo, a team, a calendar…). */
export type RemoteResource = { id: string; name: string; kind: string };

export type RemoteCreateArgs = {
  resource: RemoteResource;
  /** The caller's Hookyard endpoint URL for this provider. */
  url: string;
  /** The endpoint's signing secret (what the provider signs with, or its clientState / channel token). */
  secret: string;
  triggerTypes: string[];
  /** The endpoint's integration_config, non-secret settings (Gmail topic, calendarId…). */
  config: Record<string, unknown>;
};

/** One provider-side webhook as stored in Connection.remoteMetadata. */
export type RemoteWebhook = {
  resource: string;
  resourceName?: string;
  remoteId: string;
  url: string;
  createdAt: string;
  /** When the provider lets it lapse (Graph, Google); a renewal job runs before. */
  expiresAt?: string;
  /** Provider-specific ids needed to renew or delete (Google resourceId…). */
  extra?: Record<string, unknown>;
};

export type RemoteCreated = {
  remoteId: string;
  expiresAt?: Date;
  extra?: Record<string, unknown>;
  /** A secret the provider chose (Stripe, Airtable): becomes the endpoint's signing secret. */
  secret?: string;
};

/** What the provider's own list says about a webhook: for drift (registered | missing | drifted). */
export type RemoteListed = { remoteId: string; url: string; active?: boolean };

/**
 * Where the signing secret of the webhooks a preset creates comes from (default "hookyard":
 * Hookyard generates it and hands it to the provider, as GitHub and Linear allow):
 * - "provider": the provider picks one per webhook and create() returns it (Stripe's whsec_…,
 *   Airtable's macSecretBase64); an endpoint verifies with one secret, so one webhook per endpoint.
 * - "client-secret": the provider signs with the OAuth app's client secret (Shopify).
 * - "configured": keys only the provider's console shows (Box's signature keys); registration
 *   waits until the user has pasted them as the endpoint's signing secret.
 * - "app-secret": another secret of the server's OAuth app, named by `appSecretEnv` (X's
 *   consumer secret); registration waits until the server has it.
 */
export type SigningSecretSource = "hookyard" | "provider" | "client-secret" | "configured" | "app-secret";

export type RemoteSpec = {
  signingSecret?: SigningSecretSource;
  /** With signingSecret "app-secret": the env variable holding the secret the provider signs with. */
  appSecretEnv?: string;
  /** What a webhook can be registered on (the Dust system's getServiceData). */
  listResources: (api: ProviderApi, config: Record<string, unknown>) => Promise<RemoteResource[]>;
  create: (api: ProviderApi, args: RemoteCreateArgs) => Promise<RemoteCreated>;
  delete: (api: ProviderApi, webhook: RemoteWebhook) => Promise<void>;
  /** The provider's own list for one resource; absent where the API has none (Google channels). */
  list?: (api: ProviderApi, resource: string) => Promise<RemoteListed[]>;
  /** Extends a subscription before it lapses; returns the new expiry (and ids when it was recreated). */
  renew?: (api: ProviderApi, webhook: RemoteWebhook, args: RemoteCreateArgs) => Promise<RemoteCreated>;
};

export type SendMessageResult = { id: string | null; channel: string };

export type ActionsSpec = {
  sendMessage?: (api: ProviderApi, input: { channel: string; text: string }) => Promise<SendMessageResult>;
};
