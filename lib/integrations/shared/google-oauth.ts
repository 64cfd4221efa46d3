// Google OAuth 2 for web server apps, with PKCE; access_type=offline + prompt=consent so a
// refresh token is issued every time. One Google client serves Calendar, Drive, Sheets, Docs
// and Gmail: GOOGLE_CLIENT_ID / GOOGLE_CLIENT_SECRET, or per-preset names.
// https://developers.google.com/identity/protocols/oauth2/web-server
// SETUP: the OpenID Connect userinfo endpoint — https://developers.google.com/identity/openid-connect/openid-connect#obtainuserinfo
import "server-only";
import type { OAuthSpec } from "../connect-types";

export const googleOAuth: OAuthSpec = {
  authorizeUrl: "https://accounts.google.com/o/oauth2/v2/auth",
  tokenUrl: "https://oauth2.googleapis.com/token",
  apiBase: "https://www.googleapis.com",
  pkce: true,
  sharedCredentials: "GOOGLE",
  authorizeParams: { access_type: "offline", prompt: "consent", include_granted_scopes: "true" },
  identify: async (api) => {
    const me = await api.request<{ sub: string; email?: string; name?: string }>("GET", "/oauth2/v3/userinfo");
    return { accountId: me.sub, settings: { username: me.email ?? null, name: me.name ?? null } };
  },
};
