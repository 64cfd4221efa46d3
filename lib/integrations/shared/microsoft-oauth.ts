// Microsoft identity platform v2 (Teams, Outlook, OneDrive share one app registration:
// MICROSOFT_CLIENT_ID / MICROSOFT_CLIENT_SECRET, or per-preset names). PKCE supported.
// https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow
// SETUP: GET /me — https://learn.microsoft.com/en-us/graph/api/user-get
import "server-only";
import type { OAuthSpec } from "../connect-types";

export const microsoftOAuth: OAuthSpec = {
  authorizeUrl: "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
  tokenUrl: "https://login.microsoftonline.com/common/oauth2/v2.0/token",
  apiBase: "https://graph.microsoft.com/v1.0",
  pkce: true,
  sharedCredentials: "MICROSOFT",
  authorizeParams: { response_mode: "query" },
  identify: async (api) => {
    const me = await api.request<{ id: string; displayName?: string; userPrincipalName?: string; mail?: string }>("GET", "/me");
    return { accountId: me.id, settings: { username: me.mail ?? me.userPrincipalName ?? null, name: me.displayName ?? null } };
  },
};
