// Box OAuth 2.0 (user authentication with client id and secret in the token request body).
// Access tokens last about 60 minutes; refresh tokens are single use and rotate.
// https://developer.box.com/guides/authentication/oauth2/ — authorize at
// account.box.com/api/oauth2/authorize, exchange at api.box.com/oauth2/token.
// SETUP: GET /users/me — https://developer.box.com/reference/get-users-me/
import "server-only";
import type { OAuthSpec } from "../../connect-types";

export const boxOAuth: OAuthSpec = {
  authorizeUrl: "https://account.box.com/api/oauth2/authorize",
  tokenUrl: "https://api.box.com/oauth2/token",
  apiBase: "https://api.box.com/2.0",
  identify: async (api) => {
    const me = await api.request<{ id: string; name?: string; login?: string }>("GET", "/users/me");
    return { accountId: me.id, settings: { username: me.login ?? me.id, name: me.name ?? null } };
  },
};
