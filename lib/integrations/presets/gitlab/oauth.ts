// GitLab OAuth 2 with PKCE; self-managed instances set HOOKYARD_PROVIDER_GITLAB_* URLs.
// https://docs.gitlab.com/api/oauth2/#authorization-code-with-proof-key-for-code-exchange-pkce
// SETUP: GET /user — https://docs.gitlab.com/api/users/#get-the-current-user
import "server-only";
import type { OAuthSpec } from "../../connect-types";

export const gitlabOAuth: OAuthSpec = {
  authorizeUrl: "https://gitlab.com/oauth/authorize",
  tokenUrl: "https://gitlab.com/oauth/token",
  apiBase: "https://gitlab.com/api/v4",
  pkce: true,
  identify: async (api) => {
    const user = await api.request<{ id: number; username: string; name?: string }>("GET", "/user");
    return { accountId: String(user.id), settings: { username: user.username, name: user.name ?? null } };
  },
};
