// X OAuth 2.0 Authorization Code Flow with PKCE. X requires the code_challenge; a confidential
// client (one with a client secret) authenticates at the token endpoint with HTTP Basic.
// Access tokens last two hours; offline.access adds a refresh token.
// https://docs.x.com/fundamentals/authentication/oauth-2-0/authorization-code
// https://docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token
// SETUP: GET /2/users/me — https://docs.x.com/x-api/users/lookup/quickstart/authenticated-lookup
import "server-only";
import type { OAuthSpec } from "../../connect-types";

export const twitterOAuth: OAuthSpec = {
  authorizeUrl: "https://x.com/i/oauth2/authorize",
  tokenUrl: "https://api.x.com/2/oauth2/token",
  apiBase: "https://api.x.com",
  pkce: true,
  clientAuth: "basic",
  identify: async (api) => {
    const me = await api.request<{ data: { id: string; username: string; name?: string } }>("GET", "/2/users/me");
    return { accountId: me.data.id, settings: { username: me.data.username, name: me.data.name ?? null } };
  },
};
