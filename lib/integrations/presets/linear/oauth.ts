// Linear OAuth 2 (comma-separated scopes, PKCE supported); `admin` is needed to manage webhooks.
// https://linear.app/developers/oauth-2-0-authentication
import "server-only";
import type { OAuthSpec } from "../../connect-types";
import { linearQuery, linearResponseError } from "./graphql";

export const linearOAuth: OAuthSpec = {
  authorizeUrl: "https://linear.app/oauth/authorize",
  tokenUrl: "https://api.linear.app/oauth/token",
  apiBase: "https://api.linear.app",
  scopeSeparator: ",",
  pkce: true,
  authorizeParams: { prompt: "consent" },
  responseError: linearResponseError,
  identify: async (api) => {
    const data = await linearQuery<{ viewer: { id: string; name: string; email?: string }; organization: { id: string; name: string; urlKey?: string } }>(
      api,
      "query { viewer { id name email } organization { id name urlKey } }",
    );
    return { accountId: data.viewer.id, settings: { username: data.viewer.email ?? data.viewer.name, name: data.viewer.name, workspace: data.organization.name, workspaceId: data.organization.id } };
  },
};
