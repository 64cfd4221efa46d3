// The provider's token endpoint (RFC 6749 §4.1.3 code exchange, §6 refresh), with the
// client authenticated in the form body or with HTTP Basic as the preset says, and PKCE's
// code_verifier (RFC 7636 §4.5) when the flow used one.
import "server-only";
import type { TokenSet } from "../integrations/connect-types";
import { standardTokens } from "../integrations/standard-tokens";
import type { ProviderConfig } from "./provider-config";
import { describeFailure, ProviderError, providerFetch } from "./provider-http";

export async function exchangeCode(config: ProviderConfig, code: string, codeVerifier: string | undefined): Promise<TokenSet> {
  return requestTokens(config, { grant_type: "authorization_code", code, redirect_uri: config.redirectUri, ...(codeVerifier ? { code_verifier: codeVerifier } : {}) });
}

export async function refreshTokens(config: ProviderConfig, refreshToken: string): Promise<TokenSet> {
  const tokens = await requestTokens(config, { grant_type: "refresh_token", refresh_token: refreshToken });
  // Providers that do not rotate refresh tokens omit it from the answer: keep the old one.
  return { ...tokens, refreshToken: tokens.refreshToken ?? refreshToken };
}

async function requestTokens(config: ProviderConfig, fields: Record<string, string>): Promise<TokenSet> {
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded", accept: "application/json" };
  const form = new URLSearchParams(fields);
  if (config.oauth.clientAuth === "basic") {
    headers.authorization = "Basic " + Buffer.from(`${encodeURIComponent(config.clientId)}:${encodeURIComponent(config.clientSecret)}`).toString("base64");
  } else {
    form.set("client_id", config.clientId);
    form.set("client_secret", config.clientSecret);
  }
  const { status, body } = await providerFetch(config.tokenUrl, { method: "POST", headers, body: form.toString() });
  const refused = config.oauth.responseError?.(status, body);
  // GitHub answers 200 {error: "bad_verification_code"}; RFC 6749 says 400 {error}.
  if (status < 200 || status >= 300 || refused || (body && typeof body === "object" && typeof body.error === "string")) {
    throw new ProviderError(refused?.status ?? (status >= 400 ? status : 400), `the token endpoint refused: ${refused?.message ?? describeFailure(status, body)}`);
  }
  if (!body || typeof body !== "object") throw new ProviderError(502, "the token endpoint answered without JSON");
  const tokens = config.oauth.parseToken ? config.oauth.parseToken(body) : standardTokens(body);
  if (!tokens.accessToken) throw new ProviderError(502, "the token endpoint answered without an access_token");
  return tokens;
}
