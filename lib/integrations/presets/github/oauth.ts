// GitHub OAuth app / GitHub App user authorization, with PKCE (S256).
// https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
// SETUP: GET /user — https://docs.github.com/en/rest/users/users#get-the-authenticated-user
import "server-only";
import type { OAuthSpec } from "../../connect-types";

export const githubOAuth: OAuthSpec = {
  authorizeUrl: "https://github.com/login/oauth/authorize",
  tokenUrl: "https://github.com/login/oauth/access_token",
  apiBase: "https://api.github.com",
  pkce: true,
  identify: async (api) => {
    const user = await api.request<{ id: number; login: string; name?: string | null }>("GET", "/user");
    return { accountId: String(user.id), settings: { username: user.login, name: user.name ?? null } };
  },
};
