// The authenticated provider API of one connection (or of tokens just exchanged, during
// SETUP): JSON requests against the provider's API base with the bearer token, refreshed
// shortly before it expires and once more when the provider answers 401.
import "server-only";
import type { OAuthSpec, ProviderApi, ProviderRequestOptions, TokenSet } from "../integrations/connect-types";
import type { IntegrationPreset } from "../integrations/types";
import { connectionHost } from "./account-host";
import { clientIdOf, providerUrls } from "./provider-config";
import { describeFailure, ProviderError, providerFetch } from "./provider-http";

/** Refresh this long before expiresAt, so a token never lapses mid-request. */
export const REFRESH_MARGIN_MS = 60_000;

export type TokenHolder = {
  current: () => TokenSet;
  /** Gets new tokens (and persists them); absent while the connection is being set up. */
  refresh?: (reason: string) => Promise<TokenSet>;
  secret?: (key: string) => string | undefined;
};

export function createProviderApi(preset: IntegrationPreset & { oauth: OAuthSpec }, holder: TokenHolder, identity: { accountId: string; settings: Record<string, unknown> }): ProviderApi {
  const { apiBase } = providerUrls(preset, connectionHost(identity.settings));

  async function send(method: string, path: string, options: ProviderRequestOptions, token: string) {
    const url = new URL(/^https?:\/\//.test(path) ? path : apiBase + path);
    for (const [key, value] of Object.entries(options.query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value));
    const headers: Record<string, string> = { accept: "application/json", "user-agent": "Hookyard/1.0", ...options.headers };
    if (!options.anonymous) Object.assign(headers, preset.oauth.authHeader ? preset.oauth.authHeader(token, clientIdOf(preset)) : { authorization: `Bearer ${token}` });
    let body: string | undefined;
    if (options.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(options.json);
    } else if (options.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(options.form).toString();
    }
    const response = await providerFetch(url.toString(), { method, headers, body });
    const reported = preset.oauth.responseError?.(response.status, response.body);
    if (reported) return { status: reported.status, body: response.body, message: reported.message };
    return { ...response, message: describeFailure(response.status, response.body) };
  }

  async function request<T>(method: string, path: string, options: ProviderRequestOptions = {}): Promise<T> {
    let tokens = holder.current();
    if (holder.refresh && tokens.refreshToken && tokens.expiresAt && tokens.expiresAt.getTime() - Date.now() < REFRESH_MARGIN_MS) {
      tokens = await holder.refresh("the access token was about to expire");
    }
    let answer = await send(method, path, options, tokens.accessToken);
    if (answer.status === 401 && holder.refresh && !options.anonymous) {
      tokens = await holder.refresh(`${preset.name} answered 401 (${answer.message})`);
      answer = await send(method, path, options, tokens.accessToken);
    }
    if (answer.status < 200 || answer.status >= 300) throw new ProviderError(answer.status, `${preset.name} ${method} ${path.split("?")[0]}: ${answer.message}`);
    return answer.body as T;
  }

  return { request, accountId: identity.accountId, settings: identity.settings, secret: (key) => holder.secret?.(key) };
}
