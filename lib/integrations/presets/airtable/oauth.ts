// Airtable OAuth 2 (PKCE S256 required; a confidential client authenticates at the token
// endpoint with HTTP Basic). Access tokens last 60 minutes; refresh tokens rotate.
// https://airtable.com/developers/web/api/oauth-reference
// SETUP: GET /v0/meta/whoami — https://airtable.com/developers/web/api/get-user-id-and-scopes
import "server-only";
import type { OAuthSpec } from "../../connect-types";

export const airtableOAuth: OAuthSpec = {
  authorizeUrl: "https://airtable.com/oauth2/v1/authorize",
  tokenUrl: "https://airtable.com/oauth2/v1/token",
  apiBase: "https://api.airtable.com",
  pkce: true,
  clientAuth: "basic",
  identify: async (api) => {
    const me = await api.request<{ id: string; email?: string }>("GET", "/v0/meta/whoami");
    return { accountId: me.id, settings: { username: me.email ?? me.id } };
  },
};
